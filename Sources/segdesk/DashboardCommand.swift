import Foundation
import SegmentCore
import SegmentTUI

/// `segdesk [--db PATH] [--theme NAME] [--demo] [--read-only]`: the
/// dashboard, on the segment's database or on a demo one; with
/// `--read-only` it shows everything and changes nothing.
struct DashboardCommand: ShellCommand, Equatable {
    static let rows = [
        CommandRow([], "[--db PATH] [--theme NAME] [--read-only] [--open SEG-12]",
                   "the dashboard; --read-only shows everything and changes nothing; --open opens a record, as an alert says"),
        CommandRow([], "--demo [--db PATH] [--theme NAME]", "the dashboard on a fresh demo database"),
    ]

    let db: String?
    let theme: String?
    let demo: Bool
    /// Everything shown, nothing changed: not a triage, not a message, not
    /// even the mark that a reply was read.
    let readOnly: Bool
    /// The record opened over the first screen.
    let opening: RecordReference?

    init(db: String?, theme: String?, demo: Bool, readOnly: Bool = false, opening: RecordReference? = nil) {
        self.db = db
        self.theme = theme
        self.demo = demo
        self.readOnly = readOnly
        self.opening = opening
    }

    init(_ request: CommandRequest) throws {
        self.init(db: request.db, theme: request.value("--theme"), demo: request.has("--demo"), readOnly: request.has("--read-only"),
                  opening: request.value("--open").flatMap(RecordReference.init))
    }

    func run(_ environment: Environment) throws -> Int32 {
        var temporaryDirectory: URL?
        let path: String
        if demo && db == nil {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("segdesk-demo-\(getpid())")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            temporaryDirectory = directory
            path = directory.appendingPathComponent("demo.sqlite").path
        } else {
            path = try environment.databasePath(db)
        }
        defer { if let temporaryDirectory { try? FileManager.default.removeItem(at: temporaryDirectory) } }
        if readOnly && demo { throw UsageError(description: localized("segdesk: --read-only opens an existing database; --demo writes one")) }
        // A reader of the system's configuration sees the dashboard as --read-only does, saying why.
        let onlyReading: ReadOnlyReason? = if case .reader(let group) = environment.role { .role(group: group) } else { readOnly ? .chosen : nil }
        let store = try onlyReading.map { reason in
            try Store(path: path, operatorLogin: environment.operatorLogin, policy: environment.configuration.policy,
                      forReading: true, chosenReadOnly: reason, role: environment.role)
        } ?? openStore(path, environment)
        if demo, try store.consumers.count() == 0 {
            try DemoCommand.write(into: store, options: DemoOptions(), environment: environment)
        }
        // The known answers become articles once, on a desk that may write; the file keeps answering.
        if !store.isReadOnly { try store.knowledgeDesk.adopt(environment.knownAnswers()) }
        let themes = ThemeLibrary.standard(environment: environment.variables, executablePath: CommandLine.arguments[0])
        let app = try TerminalApp(store: store, themes: themes, themeName: theme ?? "default", noColor: environment.noColor,
                                  escapeDelay: environment.escapeDelay, knownAnswers: environment.knownAnswers(),
                                  overviewSize: OverviewSize(width: environment.configuration.overviewColumns,
                                                             height: environment.configuration.overviewRows),
                                  opening: opening)
        switch app.run() {
        case .quit: return 0
        case .signal(let signal): return 128 + signal
        case .hangUp: return 129
        }
    }
}

/// `segdesk demo --db PATH ...`: a deterministic demo segment written to a file.
struct DemoCommand: ShellCommand, Equatable {
    static let rows = [
        CommandRow(["demo"], "--db PATH [--consumers N] [--incidents N] [--seed N]", "write a deterministic demo database and exit",
                   page: { Usage.demo }, values: ["--db", "--consumers", "--incidents", "--seed"]),
    ]

    let db: String
    let options: DemoOptions

    init(_ request: CommandRequest) throws {
        guard let db = request.db else {
            throw UsageError(description: localized("segdesk demo: --db PATH is required (where to write the demo database)"))
        }
        self.db = db
        options = DemoOptions(consumers: try request.options.number("--consumers", default: 130, range: 3...100_000),
                              incidents: try request.options.number("--incidents", default: 2_500, range: 1...50_000_000),
                              seed: UInt64(try request.options.number("--seed", default: 1, range: 0...Int.max)))
    }

    func run(_ environment: Environment) throws -> Int32 {
        try Self.write(into: try openStore(db, environment), options: options, environment: environment)
        return 0
    }

    /// Writes the demo into `store`, with progress on a terminal for a large one.
    static func write(into store: Store, options: DemoOptions, environment: Environment) throws {
        let started = Date()
        var generator = DemoGenerator(store: store, options: options)
        let showProgress = environment.stderrIsTerminal && options.incidents >= 50_000
        try generator.generate { written in
            if showProgress {
                FileHandle.standardError.write(Data(("\r" + localized("demo: {1} of {2}", written, Language.interface.counted(options.incidents, "{1} incident", "{1} incidents"))).utf8))
            }
        }
        if showProgress { FileHandle.standardError.write(Data("\n".utf8)) }
        let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
        complain(localized("demo: wrote {1} consumers and {2} incidents to {3} in {4} s", options.consumers, options.incidents, store.path, seconds))
    }
}
