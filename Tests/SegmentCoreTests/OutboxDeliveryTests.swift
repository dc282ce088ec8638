import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

/// Delivery exactly once: what cron and a bad night do to `outbox deliver`.
@Suite("Delivering the outbox exactly once", .checkingStores)
struct OutboxDeliveryTests {
    /// A sendmail stand-in: a shell script whose body is `script`.
    private func fakeSendmail(_ directory: TemporaryDirectory, _ script: String) throws -> String {
        let path = directory.path("sendmail-\(UUID().uuidString.prefix(6))")
        try "#!/bin/sh\n\(script)\n".write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }

    /// Whether `pid` runs: a process that ended and waits to be reaped does not.
    private func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        return stat[stat.index(after: close)...].split(separator: " ").first != "Z"
    }

    private func queue(_ count: Int, in store: Store, body: String = "y") throws {
        for index in 0..<count {
            try store.outbox.queue(to: "bank\(index)@eksempel.no", subject: "melding \(index)", body: body,
                                   entity: .incident, entityID: Int64(index + 1))
        }
    }

    /// Runs both deliverers at the same moment, each on its own connection.
    private func deliverTwiceAtOnce(_ path: String, transport: MailTransport) throws -> [Outbox.Report] {
        // Each connection is used by its one thread only.
        let outboxes = OneThreadEach(try (0..<2).map { _ in
            try Outbox(store: try testStore(path: path, operatorLogin: "cron", now: { testNow }), transport: transport, from: "s@c.example")
        })
        let results = ResultBox()
        DispatchQueue.concurrentPerform(iterations: 2) { index in results.add(Result { try outboxes.items[index].deliverDue() }) }
        return try results.all.map { try $0.get() }
    }

    @Test("two deliver runs at once (overlapping cron) hand each of five messages to sendmail once")
    func overlappingRunsSendOnce() throws {
        let directory = try TemporaryDirectory()
        let database = directory.path("desk.sqlite")
        try queue(5, in: try testStore(path: database, operatorLogin: "kari", now: { testNow }))
        let log = directory.path("handed-over")
        let sendmail = try fakeSendmail(directory, "cat > /dev/null; echo \"$3\" >> \(log); sleep 0.2")
        let reports = try deliverTwiceAtOnce(database, transport: .sendmail(path: sendmail))
        let handed = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
        #expect(handed.count == 5)
        #expect(Set(handed).count == 5)
        #expect(reports.map(\.sent).reduce(0, +) == 5)
        #expect(reports.allSatisfy { $0.failed.isEmpty })
        #expect(try testStore(path: database, operatorLogin: "kari").outbox.messages().allSatisfy { $0.status == .sent })
    }

    @Test("two runs into one Maildir: every message once in new/, and none marked failed")
    func overlappingMaildirRuns() throws {
        let directory = try TemporaryDirectory()
        let database = directory.path("desk.sqlite")
        try queue(20, in: try testStore(path: database, operatorLogin: "kari", now: { testNow }))
        let reports = try deliverTwiceAtOnce(database, transport: .maildir(path: directory.path("mail")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path("mail/new")).count == 20)
        #expect(reports.map(\.sent).reduce(0, +) == 20)
        #expect(reports.allSatisfy { $0.failed.isEmpty })
    }

    @Test("a deliverer that died between handing a message over and recording it leaves the message uncertain, shown and not sent again")
    func crashAfterHandOverIsUncertain() throws {
        let directory = try TemporaryDirectory()
        var clock = testNow
        let store = try testStore(path: ":memory:", operatorLogin: "cron", now: { clock })
        try queue(1, in: store)
        let claimed = try #require(try store.outbox.due().first)
        #expect(try store.outbox.claim(claimed))
        clock += 3_600
        let log = directory.path("handed-over")
        let sendmail = try fakeSendmail(directory, "cat > /dev/null; echo \"$3\" >> \(log)")
        let report = try Outbox(store: store, transport: .sendmail(path: sendmail), from: "s@c.example").deliverDue()
        #expect(report.sent == 0)
        #expect(report.uncertain == [claimed.id])
        #expect(!FileManager.default.fileExists(atPath: log))
        let message = try #require(try store.outbox.messages().first)
        #expect(message.status == .uncertain)
        #expect(message.lastError?.contains("may have been sent") == true)
        #expect(try store.outbox.review().unsent.map(\.id) == [claimed.id])
    }

    @Test("the operator settles an uncertain message: confirm marks it sent, requeue sends it again")
    func settlingUncertain() throws {
        var clock = testNow
        let store = try testStore(path: ":memory:", operatorLogin: "kari", now: { clock })
        try queue(2, in: store)
        for message in try store.outbox.due() { #expect(try store.outbox.claim(message)) }
        clock += 3_600
        try store.outbox.expireClaims(olderThan: 180)
        try store.settleUncertainMessage(id: 1, sent: true)
        try store.settleUncertainMessage(id: 2, sent: false)
        #expect(try store.outbox.messages().map(\.status) == [.queued, .sent])
        #expect(throws: StoreError.self) { try store.settleUncertainMessage(id: 1, sent: false) }
        #expect(try store.history(entity: .message, id: 2).contains { $0.action == "requeued" })
    }

    @Test("a sendmail that exits before reading a large message is a failure recorded and retried, and the run goes on")
    func brokenPipeIsAFailure() throws {
        let directory = try TemporaryDirectory()
        let store = try emptyStore()
        try queue(2, in: store, body: String(repeating: "0123456789abcdef\n", count: 65_536))
        let sendmail = try fakeSendmail(directory, "exit 0")
        let report = try Outbox(store: store, transport: .sendmail(path: sendmail), from: "s@c.example").deliverDue()
        #expect(report.sent == 0)
        #expect(report.failed.count == 2)
        #expect(report.failed.allSatisfy { $0.reason.contains("having read 0 of") })
        #expect(try store.outbox.messages().allSatisfy { $0.status == .failed && $0.attempts == 1 && $0.nextAttemptAt == testNow + 60 })
    }

    @Test("a sendmail that exits 0 without reading: 20 of 20 messages failed and retried, none marked sent")
    func exitWithoutReadingIsAFailure() throws {
        let directory = try TemporaryDirectory()
        let store = try emptyStore()
        try queue(20, in: store)
        let sendmail = try fakeSendmail(directory, "exit 0")
        let report = try Outbox(store: store, transport: .sendmail(path: sendmail), from: "s@c.example").deliverDue()
        #expect(report.sent == 0)
        #expect(report.failed.count == 20)
        #expect(report.failed.allSatisfy { $0.reason.contains("having read 0 of") })
        #expect(try store.outbox.messages().allSatisfy { $0.status == .failed })
    }

    @Test("sendmail is handed the whole message before it starts, so what it reads is the message to the last byte")
    func sendmailReadsTheWholeMessage() throws {
        let directory = try TemporaryDirectory()
        let store = try emptyStore()
        try queue(1, in: store, body: String(repeating: "æøå 0123456789\n", count: 20_000))
        let copy = directory.path("taken")
        let sendmail = try fakeSendmail(directory, "cat > \(copy)")
        let outbox = try Outbox(store: store, transport: .sendmail(path: sendmail), from: "s@c.example")
        let message = try #require(try store.outbox.due().first)
        #expect(try outbox.deliverDue().sent == 1)
        #expect(try String(contentsOfFile: copy, encoding: .utf8) == outbox.format(message))
    }

    @Test("a wrapper whose child hangs (no exec) at a 1 s timeout costs about a second per message and leaves no process behind")
    func hangingWrapperIsStoppedWithItsChildren() throws {
        let directory = try TemporaryDirectory()
        let store = try emptyStore()
        try queue(2, in: store)
        let pids = directory.path("children")
        let sendmail = try fakeSendmail(directory, "cat > /dev/null; sh -c 'echo $$ >> \(pids); exec sleep 30'; exit 0")
        let started = Date()
        let report = try Outbox(store: store, transport: .sendmail(path: sendmail), from: "s@c.example", timeout: 1).deliverDue()
        let took = Date().timeIntervalSince(started)
        #expect(report.failed.count == 2)
        #expect(report.failed.allSatisfy { $0.reason.contains("did not finish within 1 s") })
        #expect(took < 5, "two messages took \(took) s")
        let children = try String(contentsOfFile: pids, encoding: .utf8).split(separator: "\n").compactMap { Int32($0) }
        #expect(children.count == 2)
        #expect(!children.contains(where: isRunning), "a child of the wrapper was left running")
    }

    @Test("a sendmail that leaves a child holding its standard error open does not hold the deliverer")
    func childHoldingStandardErrorDoesNotBlock() throws {
        let directory = try TemporaryDirectory()
        let store = try emptyStore()
        try queue(1, in: store)
        let pids = directory.path("children")
        let sendmail = try fakeSendmail(directory, "cat > /dev/null; sleep 30 & echo $! > \(pids); exit 0")
        let started = Date()
        let report = try Outbox(store: store, transport: .sendmail(path: sendmail), from: "s@c.example", timeout: 20).deliverDue()
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(report.sent == 1)
        if let child = Int32(try String(contentsOfFile: pids, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)) {
            kill(child, SIGKILL)
        }
    }

    @Test("a failed message waits out its delay, unless outbox retry puts it back: then the next delivery sends it; a sent one is not retried")
    func retryFailedNow() throws {
        let directory = try TemporaryDirectory()
        let store = try emptyStore()
        try queue(2, in: store)
        let failing = try fakeSendmail(directory, "cat > /dev/null; exit 75")
        #expect(try Outbox(store: store, transport: .sendmail(path: failing), from: "s@c.example").deliverDue().failed.count == 2)
        let working = try fakeSendmail(directory, "cat > /dev/null")
        let outbox = try Outbox(store: store, transport: .sendmail(path: working), from: "s@c.example")
        #expect(try outbox.deliverDue().sent == 0, "both wait a minute")
        #expect(try store.retryFailedMessages(ids: [1]) == [1])
        #expect(try outbox.deliverDue().sent == 1)
        #expect(throws: StoreError.refused(.notFailed(messageID: 1, status: "sent"))) { try store.retryFailedMessages(ids: [1, 2]) }
        #expect(try store.outbox.messages().first { $0.id == 2 }?.status == .failed, "nothing changed by the refused retry")
        #expect(try store.retryFailedMessages(ids: nil) == [2])
        #expect(try outbox.deliverDue().sent == 1)
        #expect(try store.history(entity: .message, id: 2).last?.after == "status=queued (retry)")
    }

    @Test("a sendmail that hangs is stopped after the transport's timeout and the message waits for the next run")
    func hangingSendmailTimesOut() throws {
        let directory = try TemporaryDirectory()
        let store = try emptyStore()
        try queue(1, in: store)
        let sendmail = try fakeSendmail(directory, "cat > /dev/null; exec sleep 30")
        let report = try Outbox(store: store, transport: .sendmail(path: sendmail), from: "s@c.example", timeout: 0.5).deliverDue()
        #expect(report.sent == 0)
        #expect(report.failed.first?.reason.contains("did not finish within") == true)
        #expect(try store.outbox.messages().first?.status == .failed)
    }
}

/// Values handed to threads that each use only their own one.
private struct OneThreadEach<Item>: @unchecked Sendable {
    let items: [Item]
    init(_ items: [Item]) { self.items = items }
}

/// Results gathered from concurrent work.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<Outbox.Report, any Error>] = []

    func add(_ result: Result<Outbox.Report, any Error>) { lock.withLock { results.append(result) } }
    var all: [Result<Outbox.Report, any Error>] { lock.withLock { results } }
}
