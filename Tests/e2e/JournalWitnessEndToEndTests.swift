import Foundation
import Testing

@Suite("segdesk seal and check --against", .enabled(if: TmuxSession.isAvailable, "needs a built segdesk"))
struct JournalWitnessEndToEndTests {
    @Test("seal appends the head to seal.file; check --against it holds, and fails once an entry below the head is changed")
    func sealThenCheck() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("segdesk-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory + "/config/segdesk", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let database = directory + "/desk.sqlite", witness = directory + "/seal.log"
        try "seal.file = \(witness)\n".write(toFile: directory + "/config/segdesk/config", atomically: true, encoding: .utf8)
        let segdesk = ["env", "XDG_CONFIG_HOME=\(directory)/config", TmuxSession.executable]
        try TmuxSession.run(segdesk + ["demo", "--db", database, "--consumers", "5", "--incidents", "10"])
        try TmuxSession.run(segdesk + ["seal", "--db", database])
        try TmuxSession.run(segdesk + ["seal", "--db", database])
        let lines = try String(contentsOfFile: witness, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.hasPrefix("segdesk-seal entry=") })
        try TmuxSession.run(segdesk + ["check", "--db", database, "--against", witness])
        try TmuxSession.run(["sqlite3", database, "UPDATE journal SET operator = 'mallory' WHERE id = 3"])
        let failure = try #require(throws: TmuxSession.CommandFailed.self) {
            try TmuxSession.run(segdesk + ["check", "--db", database, "--against", witness])
        }
        #expect(failure.status == 1)
    }

    @Test("seal with nowhere to write is a usage error (2)")
    func nowhereToWrite() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("segdesk-e2e-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let failure = try #require(throws: TmuxSession.CommandFailed.self) {
            try TmuxSession.run(["env", "XDG_CONFIG_HOME=\(directory)", TmuxSession.executable, "seal", "--db", directory + "/x.sqlite"])
        }
        #expect(failure.status == 2)
    }
}
