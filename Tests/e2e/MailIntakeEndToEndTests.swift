import Foundation
import SegmentCore
import Testing

/// Mail as it lands in a Maildir, taken in by the real binary and read in
/// the dashboard.
@Suite("Mail intake through the real binary", .serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux and a built segdesk"))
struct MailIntakeEndToEndTests {
    @Test("segdesk ingest maildir files every fixture message, moves it to cur/ as seen, and the dashboard shows the unmatched report")
    func ingestAndRead() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("segdesk-mail-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let maildir = directory.appendingPathComponent("inbox")
        for sub in ["new", "cur", "tmp"] {
            try FileManager.default.createDirectory(at: maildir.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../SegmentCoreTests/MailFixtures").standardizedFileURL
        let names = try FileManager.default.contentsOfDirectory(atPath: fixtures.path).filter { $0.hasSuffix(".eml") }
        #expect(names.count == 6)
        for name in names {
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name),
                                             to: maildir.appendingPathComponent("new/\(name)"))
        }
        let database = directory.appendingPathComponent("mail.sqlite").path
        let segdesk = TmuxSession.executable
        try TmuxSession.run([segdesk, "demo", "--db", database, "--consumers", "5", "--incidents", "1"])
        try TmuxSession.run([segdesk, "ingest", "maildir", "--db", database, maildir.path])
        #expect(try FileManager.default.contentsOfDirectory(atPath: maildir.appendingPathComponent("new").path).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: maildir.appendingPathComponent("cur").path)
                    .filter { $0.hasSuffix(":2,S") }.count == 6)
        let exported = try TmuxSession.run([segdesk, "export", "incidents", "--db", database])
        #expect(exported.contains("Søknader fra Bjørnøya stopper"))

        let session = try TmuxSession(command: "\(segdesk) --db \(database)", width: 100, height: 30)
        try session.send("/")
        try session.type("Bjørnøya")
        try session.waitFor("1 of")
        try session.send("Enter", "Enter")
        try session.waitFor("unmatched sender: attach with :consumer ORGNO")
        try session.send("q", "q")
        try session.waitFor("[exit 0]")
    }
}

@Suite("Help on the command line", .enabled(if: TmuxSession.isAvailable, "needs a built segdesk"))
struct CommandHelpTests {
    @Test("every command and subcommand answers --help with its usage and exit status 0", arguments: [
        ["--help"], ["demo", "--help"], ["import", "--help"], ["import", "incidents", "--help"], ["import", "notices", "--help"],
        ["import", "consumers", "--help"], ["import", "services", "--help"], ["backup", "--help"], ["ingest", "--help"], ["ingest", "maildir", "--help"], ["outbox", "--help"],
        ["outbox", "list", "--help"], ["outbox", "deliver", "--help"], ["export", "--help"], ["check", "--help"],
    ])
    func usage(arguments: [String]) throws {
        let output = try TmuxSession.run([TmuxSession.executable] + arguments)
        #expect(output.contains("usage:"), "segdesk \(arguments.joined(separator: " "))")
    }
}

@Suite("Command lines segdesk does not understand", .enabled(if: TmuxSession.isAvailable, "needs a built segdesk"))
struct UsageErrorTests {
    @Test("an empty or unknown argument is a usage error (exit status 2), never a crash", arguments: [
        ["export", ""], [""], ["export", "--db", "x", "="], ["import", "incidents", "--db", ""], ["outbox", ""],
    ])
    func refused(arguments: [String]) throws {
        let error = try #require(throws: TmuxSession.CommandFailed.self) {
            try TmuxSession.run([TmuxSession.executable] + arguments)
        }
        #expect(error.status == 2, "segdesk \(arguments)")
    }
}

@Suite("Delivering from the command line", .enabled(if: TmuxSession.isAvailable, "needs a built segdesk"))
struct OutboxDeliverEndToEndTests {
    @Test("a sendmail that exits before reading a 1 MB message: deliver says so and exits 1, the message failed once and waits")
    func brokenPipe() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("segdesk-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("desk.sqlite").path
        let sendmail = directory.appendingPathComponent("sendmail").path
        try "#!/bin/sh\nexit 0\n".write(toFile: sendmail, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: sendmail)
        try TmuxSession.run([TmuxSession.executable, "demo", "--db", database, "--consumers", "5", "--incidents", "10"])
        try TmuxSession.run(["sqlite3", database, """
            INSERT INTO outbox (created_at, recipient, subject, body, entity, entity_id, status, message_id)
            VALUES (0, 'kari@bank.eksempel.no', 'stor', printf('%.1000000c', 'x'), 'incident', 1, 'queued', '<big@segdesk.invalid>')
            """])
        let failure = try #require(throws: TmuxSession.CommandFailed.self) {
            try TmuxSession.run([TmuxSession.executable, "outbox", "deliver", "--db", database, "--transport", "sendmail:\(sendmail)",
                                 "--from", "seg@koordinator.example"])
        }
        #expect(failure.status == 1)
        let listed = try TmuxSession.run([TmuxSession.executable, "outbox", "list", "--db", database])
        let row = try #require(listed.split(separator: "\n").first { $0.contains("kari@bank.eksempel.no") })
        #expect(row.contains("\tfailed\t1\t"))
        #expect(row.contains("having read 0 of"))
    }

    @Test("TERM in the middle of a run: the message in hand is finished, none is left claimed, the rest wait, exit 143")
    func stoppedBySignal() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("segdesk-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("desk.sqlite").path
        let sendmail = directory.appendingPathComponent("sendmail").path
        try "#!/bin/sh\ncat > /dev/null\nsleep 0.5\n".write(toFile: sendmail, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: sendmail)
        try TmuxSession.run([TmuxSession.executable, "demo", "--db", database, "--consumers", "5", "--incidents", "10"])
        try TmuxSession.run(["sqlite3", database, """
            DELETE FROM outbox;
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 6)
            INSERT INTO outbox (created_at, recipient, subject, body, entity, entity_id, status, message_id)
            SELECT 0, 'bank' || i || '@bank.eksempel.no', 'melding', 'tekst', 'incident', 1, 'queued', '<m' || i || '@segdesk.invalid>' FROM n
            """])
        let deliver = Process()
        deliver.executableURL = URL(fileURLWithPath: TmuxSession.executable)
        deliver.arguments = ["outbox", "deliver", "--db", database, "--transport", "sendmail:\(sendmail)", "--from", "seg@koordinator.example"]
        deliver.standardError = FileHandle.nullDevice
        try deliver.run()
        usleep(800_000)
        deliver.terminate()
        deliver.waitUntilExit()
        #expect(deliver.terminationReason == .exit)
        #expect(deliver.terminationStatus == 128 + SIGTERM)
        let statuses = try TmuxSession.run(["sqlite3", database, "SELECT status FROM outbox ORDER BY id"]).split(separator: "\n")
        #expect(statuses.count == 6)
        #expect(!statuses.contains("sending"))
        #expect(statuses.contains("sent"))
        #expect(statuses.contains("queued"))
    }

    @Test("maildir: with no path, sendmail: with no path and a Maildir that is a file: usage errors (2), nothing claimed")
    func transportWithoutPlace() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("segdesk-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("desk.sqlite").path
        try TmuxSession.run([TmuxSession.executable, "demo", "--db", database, "--consumers", "5", "--incidents", "10"])
        try TmuxSession.run(["sqlite3", database, """
            INSERT INTO outbox (created_at, recipient, subject, body, entity, entity_id, status, message_id)
            VALUES (0, 'kari@bank.eksempel.no', 'vent', 'tekst', 'incident', 1, 'queued', '<wait@segdesk.invalid>')
            """])
        for transport in ["maildir:", "sendmail:", "maildir:" + database] {
            let failure = try #require(throws: TmuxSession.CommandFailed.self) {
                try TmuxSession.run([TmuxSession.executable, "outbox", "deliver", "--db", database, "--transport", transport,
                                     "--from", "seg@koordinator.example"])
            }
            #expect(failure.status == 2, "\(transport)")
        }
        let listed = try TmuxSession.run([TmuxSession.executable, "outbox", "list", "--db", database])
        let row = try #require(listed.split(separator: "\n").first { $0.contains("kari@bank.eksempel.no") })
        #expect(row.contains("\tqueued\t0\t"))
    }
}

@Suite("The command line under mutated arguments", .enabled(if: TmuxSession.isAvailable, "needs a built segdesk"))
struct ArgumentFuzzTests {
    /// Words the parser knows, and words that have broken parsers elsewhere.
    private static let vocabulary = [
        "", "-", "--", "=", "--db", "--db=", "--format", "--format=csv", "--format=xml", "--skip-bad", "--encoding", "latin1",
        "--help", "-h", "--version", "--theme", "--consumers", "3", "-1", "99999999999999999999", "--incidents", "10",
        "--seed", "--keep-personal-data", "--transport", "--from", "--timeout", "0", "nan", "incidents", "notices",
        "consumers", "journal", "maildir", "list", "confirm", "requeue", "7", "æøå", "\u{202E}evil", "$(id)", "--db=--help",
        String(repeating: "x", count: 5_000),
    ]

    @Test("three hundred mutated command lines end with status 0, 1 or 2 and a message, never a crash or a hang")
    func mutatedCommandLines() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("segdesk-args-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("desk.sqlite").path
        try TmuxSession.run([TmuxSession.executable, "demo", "--db", database, "--consumers", "5", "--incidents", "20"])
        let seeds: [[String]] = [
            ["export", "incidents", "--db", database, "--format", "csv"], ["import", "incidents", "--db", database, "missing.jsonl"],
            ["check", "--db", database], ["outbox", "list", "--db", database], ["backup", "--db", database],
            ["ingest", "maildir", "--db", database, directory.path], ["outbox", "confirm", "--db", database, "1"],
            ["demo", "--db", directory.appendingPathComponent("new.sqlite").path, "--consumers", "3", "--incidents", "5"],
        ]
        var random = SeededRandom(seed: 17)
        for round in 0..<300 {
            var arguments = seeds[round % seeds.count]
            for _ in 0..<random.int(1...3) {
                let position = random.int(1...arguments.count)
                switch random.int(0...3) {
                case 0 where position < arguments.count: arguments[position] = random.pick(Self.vocabulary)
                case 1: arguments.insert(random.pick(Self.vocabulary), at: position)
                case 2 where position < arguments.count: arguments.remove(at: position)
                default: arguments.append(random.pick(Self.vocabulary))
                }
            }
            // A command line that names no command would start the dashboard.
            guard let first = arguments.first, seeds.contains(where: { $0.first == first }) else { continue }
            var status: Int32 = 0
            do {
                // In the scratch directory: a mutated line may name a file to write.
                try TmuxSession.run(["sh", "-c", "cd \"$0\" && exec timeout 20 \"$@\"", directory.path, TmuxSession.executable]
                                    + arguments)
            } catch let failure as TmuxSession.CommandFailed {
                status = failure.status
            }
            #expect([0, 1, 2].contains(status), "segdesk \(arguments.map { String($0.prefix(40)) }) ended with \(status)")
        }
    }
}
