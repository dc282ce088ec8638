import Testing
@testable import segdesk
import SegmentCore

/// The command line as the operator types it, read by the row of the
/// command table it names into what segdesk will do.
@Suite("The argument parser")
struct InvocationTests {
    private func parse(_ arguments: [String]) throws -> any ShellCommand { try CommandTable.parse(arguments) }

    @Test("an import reads its options in any order, and the file last", arguments: [
        (["import", "incidents", "--skip-bad", "--db", "x.sqlite", "reports.jsonl"], "x.sqlite", true),
        (["import", "incidents", "reports.jsonl", "--db=x.sqlite"], "x.sqlite", false),
    ])
    func importOptions(arguments: [String], db: String, skipBad: Bool) throws {
        let expected = ImportRequest(db: db, file: "reports.jsonl", skipBad: skipBad, encoding: nil)
        #expect(try parse(arguments) as? ImportCommand == ImportCommand(kind: .incidents, request: expected))
    }

    @Test("an empty --db is refused rather than meaning the default database, and so is an option given twice")
    func emptyAndTwice() throws {
        #expect(throws: UsageError(description: "segdesk: --db needs a value, not an empty one")) {
            try Language.$interface.withValue(.english) { try parse(["check", "--db", ""]) }
        }
        #expect(throws: UsageError.self) { try parse(["check", "--db="]) }
        #expect(throws: UsageError(description: "segdesk: --db is given twice")) {
            try Language.$interface.withValue(.english) { try parse(["check", "--db", "a.sqlite", "--db", "b.sqlite"]) }
        }
        #expect(throws: UsageError.self) { try parse(["import", "incidents", "--skip-bad", "--skip-bad", "f.jsonl"]) }
    }

    @Test("-- ends the options: a file named -weird.jsonl after it is a file; a word after it where none is taken is refused")
    func doubleDash() throws {
        let expected = ImportRequest(db: "x.sqlite", file: "-weird.jsonl", skipBad: false, encoding: nil)
        #expect(try parse(["import", "incidents", "--db", "x.sqlite", "--", "-weird.jsonl"]) as? ImportCommand
                == ImportCommand(kind: .incidents, request: expected))
        #expect(throws: UsageError.self) { try parse(["check", "--db", "x.sqlite", "--", "more"]) }
        _ = try parse(["check", "--db", "x.sqlite", "--"])
    }

    @Test("--update is for services and consumers only; --encoding must be one segdesk reads")
    func importRefusals() throws {
        #expect(throws: UsageError.self) { try parse(["import", "incidents", "--update", "f.jsonl"]) }
        #expect(throws: UsageError.self) { try parse(["import", "consumers", "--encoding", "ebcdic", "f.csv"]) }
        #expect(throws: UsageError.self) { try parse(["import", "everything", "f.csv"]) }
        #expect(throws: UsageError.self) { try parse(["import", "incidents"]) }
        #expect((try parse(["import", "acceptances", "a.csv"]) as? ImportCommand)?.kind == .acceptances)
    }

    @Test("numbers are checked against their range: --days, --consumers")
    func ranges() throws {
        #expect(try parse(["digest", "--days", "14", "--send"]) as? DigestCommand == DigestCommand(db: nil, days: 14, send: true))
        #expect(throws: UsageError.self) { try parse(["digest", "--days", "400"]) }
        #expect(throws: UsageError.self) { try parse(["demo", "--db", "d.sqlite", "--consumers", "2"]) }
        #expect(throws: UsageError.self) { try parse(["demo"]) }
    }

    @Test("the outbox settles only message numbers; an unknown word or option is refused")
    func outboxAndUnknowns() throws {
        #expect(try parse(["outbox", "confirm", "3", "4"]) as? OutboxSettleCommand == OutboxSettleCommand(db: nil, ids: [3, 4], sent: true))
        #expect(throws: UsageError.self) { try parse(["outbox", "requeue", "three"]) }
        #expect(throws: UsageError.self) { try parse(["outbox", "burn"]) }
        #expect(throws: UsageError.self) { try parse(["frobnicate"]) }
        #expect(throws: UsageError.self) { try parse(["--colour"]) }
    }

    @Test("no arguments open the dashboard; --help, --version and a command's --help answer at once")
    func dashboardAndHelp() throws {
        #expect(try parse([]) as? DashboardCommand == DashboardCommand(db: nil, theme: nil, demo: false))
        #expect(try parse(["--demo", "--theme", "mono"]) as? DashboardCommand == DashboardCommand(db: nil, theme: "mono", demo: true))
        #expect((try parse(["--version"]) as? HelpCommand)?.text.hasPrefix("segdesk 0.2.0 (schema ") == true)
        let page = try #require(try parse(["export", "--help"]) as? HelpCommand)
        #expect(page.text.hasPrefix("usage: segdesk export KIND"))
        let outbox = try #require(try parse(["outbox", "--help"]) as? HelpCommand)
        #expect(outbox.text == Usage.outbox, "one page, though three rows share it")
    }

    @Test("every row a command line reaches has a --help page, and each command's words reach its own row")
    func everyRowReachable() throws {
        for command in CommandTable.commands {
            for row in command.rows where !row.words.isEmpty {
                #expect(row.page != nil, "\(row.words)")
                let typed = row.words.map { String($0.split(separator: "|")[0]) } + ["--help"]
                #expect(try parse(typed) is HelpCommand, "\(typed)")
            }
        }
    }
}
