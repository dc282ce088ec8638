import Foundation
import Testing

@Suite("A limit on file size", .enabled(if: TmuxSession.isAvailable && (try? TmuxSession.run(["prlimit", "--version"])) != nil,
                                        "needs a built segdesk and prlimit"))
struct FileSizeLimitEndToEndTests {
    @Test("an import that reaches ulimit -f is reported in words, exit 1, and leaves the file sound and unchanged")
    func importPastTheLimit() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("segdesk-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let database = directory + "/desk.sqlite", file = directory + "/many.jsonl", said = directory + "/said"
        try TmuxSession.run([TmuxSession.executable, "demo", "--db", database, "--consumers", "5", "--incidents", "10"])
        let pair = try TmuxSession.run(["sqlite3", "-separator", " ", database,
                                        "SELECT c.org_number, s.key FROM incidents i JOIN consumers c ON c.id = i.consumer_id JOIN services s ON s.id = i.service_id LIMIT 1"])
            .split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        let body = String(repeating: "Søknadene stopper på HTTP 503. ", count: 20)
        let lines = (1...20_000).map {
            #"{"external_id":"LIM-\#($0)","consumer":"\#(pair[0])","service":"\#(pair[1])","received_at":"2026-12-01T08:00:00Z","title":"HTTP 503 nr \#($0)","body":"\#(body)"}"#
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let before = try Data(contentsOf: URL(fileURLWithPath: database))
        let failure = try #require(throws: TmuxSession.CommandFailed.self) {
            try TmuxSession.run(["sh", "-c", "prlimit --fsize=3000000 '\(TmuxSession.executable)' import incidents --db '\(database)' '\(file)' 2> '\(said)'"])
        }
        #expect(failure.status == 1)
        #expect(try String(contentsOfFile: said, encoding: .utf8).contains("could not grow"))
        try TmuxSession.run([TmuxSession.executable, "check", "--db", database])
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
    }
}
