import Foundation
import Testing

/// segdesk as a Unix tool: its manual page and shell completion come from the
/// same table as `--help`, so they say the same.
@Suite("Installed like a Unix tool", .enabled(if: FileManager.default.isExecutableFile(atPath: TmuxSession.executable),
                                               "needs a built segdesk"))
struct InstallEndToEndTests {
    private let segdesk = TmuxSession.executable

    @Test("SEGDESK_DB set but empty is a usage error (2), not the default database")
    func emptyDatabaseVariable() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("segdesk-e2e-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: home) }
        let failure = try #require(throws: TmuxSession.CommandFailed.self) {
            try TmuxSession.run(["env", "SEGDESK_DB=", "HOME=\(home)", "XDG_DATA_HOME=", TmuxSession.executable, "check"])
        }
        #expect(failure.status == 2)
        #expect(!FileManager.default.fileExists(atPath: home + "/.local/share/segdesk/segdesk.sqlite"))
    }

    @Test("status prints the header's counts as name<TAB>number lines, exits 2 when a person is needed and 0 when not, and leaves the file as it was")
    func status() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("segdesk-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let database = directory + "/desk.sqlite"
        try TmuxSession.run([TmuxSession.executable, "demo", "--db", database, "--consumers", "5", "--incidents", "10"])
        let before = try Data(contentsOf: URL(fileURLWithPath: database))
        let output = try TmuxSession.run(["sh", "-c", "'\(TmuxSession.executable)' status --counts --db '\(database)'; echo \"exit $?\""])
        #expect(output.hasSuffix("exit 2\n"), "the demo has new and overdue reports: \(output)")
        let lines = output.split(separator: "\n").dropLast()
        #expect(lines.count == 13)
        #expect(lines.map { $0.split(separator: "\t")[0] } == ["new", "open", "overdue", "unread_replies", "unmatched", "open_cases",
                                                            "late_at_provider", "grouping_proposals", "draft_notices",
                                                            "not_ready_past_deadline", "queued", "failed_to_send", "open_alerts"])
        #expect(lines.allSatisfy { $0.split(separator: "\t").count == 2 && Int($0.split(separator: "\t")[1]) != nil })
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
        let quiet = directory + "/quiet.sqlite"
        let services = directory + "/services.csv"
        try "service,service_name,provider,provider_name,provider_email,environments\n".write(toFile: services, atomically: true, encoding: .utf8)
        try TmuxSession.run([TmuxSession.executable, "import", "services", "--db", quiet, services])
        #expect(try TmuxSession.run([TmuxSession.executable, "status", "--counts", "--db", quiet]).contains("new\t0"), "nothing burns: exit 0")
        #expect(try TmuxSession.run([TmuxSession.executable, "status", "--db", quiet]).hasSuffix("Nothing burns.\n"))
    }

    @Test("a file from an older segdesk: check asks for segdesk upgrade and changes nothing; after upgrade it is sound")
    func upgradeBeforeReading() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("segdesk-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let database = directory + "/desk.sqlite"
        try TmuxSession.run([TmuxSession.executable, "demo", "--db", database, "--consumers", "5", "--incidents", "10"])
        // The file as the build before the newest schema step (28) wrote it: without the knowledge base's tables.
        try TmuxSession.run(["sqlite3", database, """
            DROP TABLE articles_fts; DROP TABLE article_uses; DROP TABLE article_tags; DROP TABLE article_codes;
            DROP TABLE article_services; DROP TABLE articles; ALTER TABLE provider_cases DROP COLUMN kind;
            PRAGMA user_version = 27
            """])
        let before = try Data(contentsOf: URL(fileURLWithPath: database))
        let refused = try #require(throws: TmuxSession.CommandFailed.self) {
            try TmuxSession.run([TmuxSession.executable, "check", "--db", database])
        }
        #expect(refused.status == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
        try TmuxSession.run([TmuxSession.executable, "upgrade", "--db", database])
        try TmuxSession.run([TmuxSession.executable, "check", "--db", database])
    }

    @Test("init --group makes the folder the group's with set-group-ID (2770) and the database the group's (0660); an unknown group is a usage error",
          .enabled(if: (try? TmuxSession.run(["getent", "group", "nogroup"])) != nil, "needs the group nogroup"))
    func initShared() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("segdesk-e2e-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let database = directory + "/team/desk.sqlite"
        try TmuxSession.run([TmuxSession.executable, "init", "--db", database, "--group", "nogroup"])
        let group = try #require(getgrnam("nogroup")).pointee.gr_gid
        for (file, mode) in [(directory + "/team", 0o2770), (database, 0o660)] {
            var info = stat()
            #expect(stat(file, &info) == 0)
            #expect(Int(info.st_mode & 0o7777) == mode, "\(file)")
            #expect(info.st_gid == group, "\(file)")
        }
        try TmuxSession.run([TmuxSession.executable, "check", "--db", database])
        let failure = try #require(throws: TmuxSession.CommandFailed.self) {
            try TmuxSession.run([TmuxSession.executable, "init", "--db", database, "--group", "no-such-group-here"])
        }
        #expect(failure.status == 2)
    }

    @Test("every command --help lists is in the manual page, troff-escaped")
    func manualMatchesHelp() throws {
        let help = try TmuxSession.run([segdesk, "--help"])
        let manual = try TmuxSession.run([segdesk, "--man"])
        #expect(manual.hasPrefix(".TH SEGDESK 1"))
        let commands = help.split(separator: "\n").filter { $0.hasPrefix("  segdesk ") }
        #expect(commands.count >= 20)
        for line in commands {
            let synopsis = line.dropFirst(2).split(separator: "  ").first.map(String.init) ?? ""
            #expect(manual.contains(".B " + synopsis.replacingOccurrences(of: "-", with: "\\-")), "missing: \(synopsis)")
        }
        let macros = [".TH ", ".SH ", ".SS ", ".TP", ".B ", ".I ", ".PP", ".br"]
        for line in manual.split(separator: "\n") where line.hasPrefix(".") || line.hasPrefix("'") {
            #expect(macros.contains { line.hasPrefix($0) }, "a text line troff would read as a request: \(line)")
        }
    }

    @Test("the manual page lists the dashboard's keys and : commands, each pane's under its name")
    func manualListsKeys() throws {
        let manual = try TmuxSession.run([segdesk, "--man"])
        let keys = manual.components(separatedBy: ".SH KEYS").last ?? ""
        for heading in ["Every pane", "Incidents", "Provider cases", "Change notices", "Needs", "Consumers", "Providers"] {
            #expect(keys.contains(".SS " + heading), "missing: \(heading)")
        }
        let providers = keys.components(separatedBy: ".SS Providers").last ?? ""
        #expect(providers.contains(".B :target P ACK RESOLVE"))
        #expect(providers.contains("new\\-service"))
        #expect(keys.contains(".B ?"))
    }

    @Test("the bash completion completes commands, their second word and their options")
    func bashCompletion() throws {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("segdesk-completion-\(UUID().uuidString).bash")
        defer { try? FileManager.default.removeItem(at: script) }
        try TmuxSession.run([segdesk, "--completion", "bash"]).write(to: script, atomically: true, encoding: .utf8)
        func complete(_ words: [String]) throws -> String {
            let quoted = words.map { "'\($0)'" }.joined(separator: " ")
            return try TmuxSession.run(["bash", "-c", "source '\(script.path)'; COMP_WORDS=(\(quoted)); "
                                        + "COMP_CWORD=\(words.count - 1); _segdesk; echo \"${COMPREPLY[*]}\""])
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(try complete(["segdesk", "im"]) == "import")
        #expect(try complete(["segdesk", "import", ""]).split(separator: " ").contains("backings"))
        #expect(try complete(["segdesk", "digest", "--"]) == "--days --db --help --keep-personal-data --send")
        #expect(try complete(["segdesk", "export", "ba"]) == "backings backup" || (try complete(["segdesk", "export", "ba"])) == "backings")
        #expect(try complete(["segdesk", "export", "x", "--format", ""]) == "jsonl csv")
    }
}
