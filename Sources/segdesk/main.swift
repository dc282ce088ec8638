import Foundation
import SegmentCore
import SegmentTUI

/// Prints one line to standard error, sanitised: it may quote outside text and
/// is written after the terminal is restored.
func complain(_ message: String) {
    FileHandle.standardError.write(Data((UntrustedText.line(message) + "\n").utf8))
}

func openStore(_ path: String, _ environment: Environment) throws -> Store {
    try Store(path: path, operatorLogin: environment.operatorLogin, policy: environment.configuration.policy,
              upgrading: { complain(localized("segdesk: {1}", $0)) })
}

/// The store for commands that read or send what is there (check, export,
/// outbox, ingest): a path that does not exist is refused, not made into an
/// empty database that would look like an empty segment.
func openExistingStore(_ path: String, _ environment: Environment) throws -> Store {
    try Store(path: path, operatorLogin: environment.operatorLogin, policy: environment.configuration.policy,
              mustExist: true, upgrading: { complain(localized("segdesk: {1}", $0)) })
}

func writeDemo(into store: Store, options: DemoOptions, environment: Environment) throws {
    let started = Date()
    var generator = DemoGenerator(store: store, options: options)
    let showProgress = environment.stderrIsTerminal && options.incidents >= 50_000
    try generator.generate { written in
        if showProgress {
            FileHandle.standardError.write(Data(("\r" + localized("demo: {1} of {2} incidents", written, options.incidents)).utf8))
        }
    }
    if showProgress { FileHandle.standardError.write(Data("\n".utf8)) }
    let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
    complain(localized("demo: wrote {1} consumers and {2} incidents to {3} in {4} s", options.consumers, options.incidents, store.path, seconds))
}

func runDashboard(db: String?, theme: String?, demo: Bool, environment: Environment) throws -> Int32 {
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
    let store = try openStore(path, environment)
    if demo, try store.consumerCount() == 0 {
        try writeDemo(into: store, options: DemoOptions(), environment: environment)
    }
    let themes = ThemeLibrary.standard(environment: environment.variables, executablePath: CommandLine.arguments[0])
    let app = try TerminalApp(store: store, themes: themes, themeName: theme ?? "default", noColor: environment.noColor,
                              escapeDelay: environment.escapeDelay, knownAnswers: environment.knownAnswers(),
                              overviewSize: OverviewSize(width: environment.configuration.overviewColumns,
                                                         height: environment.configuration.overviewRows))
    switch app.run() {
    case .quit: return 0
    case .signal(let signal): return 128 + signal
    case .hangUp: return 129
    }
}

func main(_ environment: Environment) -> Int32 {
    do {
        return try run(try Invocation.parse(Array(CommandLine.arguments.dropFirst())), environment)
    } catch let error as UsageError {
        complain(error.description)
        return 2
    } catch {
        complain(localized("segdesk: {1}", String(describing: error)))
        return 1
    }
}

/// Runs one command; its exit status.
func run(_ invocation: Invocation, _ environment: Environment) throws -> Int32 {
    switch invocation {
    case .help(let text):
        print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
        return 0
    case .version:
        print("segdesk \(Invocation.releaseVersion) (schema \(Store.currentSchemaVersion))")
        return 0
    case let .demo(db, consumers, incidents, seed):
        try writeDemo(into: try openStore(db, environment), options: DemoOptions(consumers: consumers, incidents: incidents, seed: seed),
                      environment: environment)
        return 0
    case let .importIncidents(request): return try importIncidents(request, environment: environment)
    case let .importNotices(request): return try importNotices(request, environment)
    case let .importNeeds(request): return try importNeeds(request, environment)
    case let .importBackings(request): return try importBackings(request, environment)
    case let .importAcknowledgements(request): return try importAcknowledgements(request, environment)
    case let .importServices(request): return try importServices(request, environment)
    case let .importAgreements(request): return try importAgreements(request, environment)
    case let .importAcceptances(request): return try importAcceptances(request, environment)
    case let .importConsumers(request): return try importConsumers(request, environment)
    case let .ingestMaildir(db, directory): return try ingestMaildir(db: db, directory: directory, environment: environment)
    case let .digest(db, days, send): return try printDigest(db: db, days: days, send: send, environment)
    case let .report(db, days): return try printReport(db: db, days: days, environment)
    case let .proposal(db, needID): return try printProposal(db: db, needID: needID, environment)
    case let .export(kind, db, format, keeping): return try export(kind, db: db, format: format, keepingPersonalData: keeping, environment)
    case .check(let db): return try check(db: db, environment)
    case let .remind(db, dryRun): return try remind(db: db, dryRun: dryRun, environment)
    case let .backup(db, file): return try backup(db: db, to: file, environment)
    case .outboxList(let db): return try listOutbox(db: db, environment)
    case let .outboxSettle(db, ids, sent): return try settleOutbox(db: db, ids: ids, sent: sent, environment)
    case let .outboxDeliver(db, transport, from, timeout):
        return try deliverOutbox(db: db, transport: transport, from: from, timeoutText: timeout, environment)
    case let .dashboard(db, theme, demo): return try runDashboard(db: db, theme: theme, demo: demo, environment: environment)
    }
}

let environment = Environment()
exit(Language.$interface.withValue(environment.language) { main(environment) })
