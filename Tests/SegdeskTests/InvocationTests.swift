import Testing
@testable import segdesk
import SegmentCore

/// The command line as the operator types it, read into what segdesk will do.
@Suite("The argument parser")
struct InvocationTests {
    @Test("an import reads its options in any order, and the file last", arguments: [
        (["import", "incidents", "--skip-bad", "--db", "x.sqlite", "reports.jsonl"], "x.sqlite", true),
        (["import", "incidents", "reports.jsonl", "--db=x.sqlite"], "x.sqlite", false),
    ])
    func importOptions(arguments: [String], db: String, skipBad: Bool) throws {
        let expected = ImportRequest(db: db, file: "reports.jsonl", skipBad: skipBad, encoding: nil)
        #expect(try Invocation.parse(arguments) == .importIncidents(expected))
    }

    @Test("--update is for services and consumers only; --encoding must be one segdesk reads")
    func importRefusals() {
        #expect(throws: UsageError.self) { try Invocation.parse(["import", "incidents", "--update", "f.jsonl"]) }
        #expect(throws: UsageError.self) { try Invocation.parse(["import", "consumers", "--encoding", "ebcdic", "f.csv"]) }
        #expect(throws: UsageError.self) { try Invocation.parse(["import", "everything", "f.csv"]) }
        #expect(throws: UsageError.self) { try Invocation.parse(["import", "incidents"]) }
    }

    @Test("numbers are checked against their range: --days, --consumers")
    func ranges() throws {
        #expect(try Invocation.parse(["digest", "--days", "14", "--send"]) == .digest(db: nil, days: 14, send: true))
        #expect(throws: UsageError.self) { try Invocation.parse(["digest", "--days", "400"]) }
        #expect(throws: UsageError.self) { try Invocation.parse(["demo", "--db", "d.sqlite", "--consumers", "2"]) }
        #expect(throws: UsageError.self) { try Invocation.parse(["demo"]) }
    }

    @Test("the outbox settles only message numbers; an unknown word or option is refused")
    func outboxAndUnknowns() throws {
        #expect(try Invocation.parse(["outbox", "confirm", "3", "4"]) == .outboxSettle(db: nil, ids: [3, 4], sent: true))
        #expect(throws: UsageError.self) { try Invocation.parse(["outbox", "requeue", "three"]) }
        #expect(throws: UsageError.self) { try Invocation.parse(["outbox", "burn"]) }
        #expect(throws: UsageError.self) { try Invocation.parse(["frobnicate"]) }
        #expect(throws: UsageError.self) { try Invocation.parse(["--colour"]) }
    }

    @Test("no arguments open the dashboard; --help, --version and a command's --help answer at once")
    func dashboardAndHelp() throws {
        #expect(try Invocation.parse([]) == .dashboard(db: nil, theme: nil, demo: false))
        #expect(try Invocation.parse(["--demo", "--theme", "mono"]) == .dashboard(db: nil, theme: "mono", demo: true))
        #expect(try Invocation.parse(["--version"]) == .version)
        guard case .help(let page) = try Invocation.parse(["export", "--help"]) else { Issue.record("no help"); return }
        #expect(page.hasPrefix("usage: segdesk export KIND"))
    }
}
