import Foundation
import Testing
@testable import SegmentCore
@testable import SegmentTUI
import SegmentTestSupport

@Suite("A consumer's reply in the dashboard", .checkingStores)
struct UnreadReplyScreenTests {
    /// A bank's report by mail, which we put to the bank as a question, and its reply.
    private func store(path: String = ":memory:") throws -> Store {
        let store = try mailStore([(3_600, "From: drift@fjordbanken.example\r\nSubject: inntekt-api gir HTTP 503\r\n\r\nHjelp\r\n")],
                                  path: path)
        try store.triageDesk.triage(.setStatus(.waitingOnConsumer, nil), incidents: [1])
        let reply = "From: drift@fjordbanken.example\r\nSubject: Re: [SEG-1] inntekt-api gir HTTP 503\r\n\r\nKorrelasjons-id abc\r\n"
        _ = try MailIntake(store: store).take(try InboundMail.parse(Array(reply.utf8)), deliveredAt: testNow - 60)
        return store
    }

    @Test("at 80x24 the incident with the bank's unopened reply says so in its row and the header counts it; opening it shows the reply and clears both")
    func replyShowsUntilOpened() throws {
        var harness = Harness(store: try store(), width: 80, height: 24)
        #expect(harness.screen.lines[0].contains("1 new reply"))
        let row = try #require(harness.screen.lines.first { $0.contains("inntekt-api gir HTTP 503") })
        #expect(row.contains("new reply"))

        harness.press(.enter)
        #expect(harness.screen.text.contains("Replies from the reporter, newest first"))
        #expect(harness.screen.text.contains("Korrelasjons-id abc"), "opened at the new reply, which 80x24 cannot show below the report")
        harness.press(.escape)
        #expect(!harness.screen.lines[0].contains("reply"))
        let after = try #require(harness.screen.lines.first { $0.contains("inntekt-api gir HTTP 503") })
        #expect(!after.contains("new reply") && after.contains("triaged"))
    }

    @Test("while another operator's import holds the write lock, Enter still opens the incident at once; its reply stays new until the lock is free and someone opens it again")
    func openingWhileAnotherWrites() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("segdesk-reply-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let store = try store(path: path)
        try store.database.execute("PRAGMA busy_timeout = 50")
        let importer = try Database(path: path)
        try importer.execute("BEGIN IMMEDIATE")
        var harness = Harness(store: store, width: 80, height: 24)

        harness.press(.enter)
        #expect(harness.screen.text.contains("Incident #1: inntekt-api gir HTTP 503"))
        harness.press(.escape)
        #expect(harness.screen.lines[0].contains("1 new reply"))

        try importer.execute("ROLLBACK")
        harness.press(.enter)
        harness.press(.escape)
        #expect(!harness.screen.lines[0].contains("reply"))
    }
}
