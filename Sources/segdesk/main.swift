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
        switch try Invocation.parse(Array(CommandLine.arguments.dropFirst())) {
        case .help(let text):
            print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
            return 0
        case .version:
            print("segdesk \(Invocation.releaseVersion) (schema \(Store.currentSchemaVersion))")
            return 0
        case let .demo(db, consumers, incidents, seed):
            let store = try openStore(db, environment)
            try writeDemo(into: store, options: DemoOptions(consumers: consumers, incidents: incidents, seed: seed),
                          environment: environment)
            return 0
        case let .importIncidents(request):
            return try importIncidents(request, environment: environment)
        case let .importNotices(request):
            return try importRecords(request, environment: environment,
                                     run: { try $0.importNotices($1, file: request.file, skipBad: request.skipBad) }, skipped: \.skipped) {
                localized("import: {1} notices imported as drafts reaching {2} consumers, {3} published at once ({4} messages queued); {5} duplicates", $0.imported, $0.consumersReached, $0.published, $0.messagesQueued, $0.duplicates)
            }
        case let .importNeeds(request):
            return try importRecords(request, environment: environment,
                                     run: { try $0.importNeeds($1, file: request.file, skipBad: request.skipBad) },
                                     skipped: \.skipped) { localized("import: {1} needs imported, {2} duplicates", $0.imported, $0.duplicates) }
        case let .importBackings(request):
            return try importRecords(request, environment: environment,
                                     run: { try $0.importBackings($1, file: request.file, skipBad: request.skipBad) },
                                     skipped: \.skipped) { localized("import: {1} backings added, {2} updated", $0.imported, $0.updated) }
        case let .digest(db, days, send):
            let store = try openExistingStore(try environment.databasePath(db), environment)
            let digest = try store.digest(days: days)
            if send {
                let address = try store.sendDigest(digest)
                complain(localized("digest: queued to {1} (segdesk outbox deliver sends it)", address))
            } else {
                FileHandle.standardOutput.write(Data(digest.text(in: Language.interface).utf8))
            }
            return 0
        case let .report(db, days):
            let store = try openExistingStore(try environment.databasePath(db), environment)
            FileHandle.standardOutput.write(Data(try store.statistics(days: days).text(unicode: environment.prefersUnicode, in: Language.interface).utf8))
            return 0
        case let .proposal(db, needID):
            let store = try openExistingStore(try environment.databasePath(db), environment)
            FileHandle.standardOutput.write(Data((try store.proposal(needID: needID) + "\n").utf8))
            return 0
        case let .importAcknowledgements(request):
            return try importRecords(request, environment: environment,
                                     run: { try $0.importAcknowledgements($1, file: request.file, skipBad: request.skipBad) },
                                     skipped: \.skipped) { localized("import: {1} answers recorded, {2} unchanged", $0.recorded, $0.unchanged) }
        case let .importServices(request):
            return try importRecords(request, environment: environment,
                                     run: { try $0.importServices($1, file: request.file, skipBad: request.skipBad,
                                                                  update: request.update) }, skipped: \.skipped) {
                localized("import: {1} services imported, {2} updated, {3} providers added; {4} duplicates", $0.imported, $0.updated, $0.providersAdded, $0.duplicates)
            }
        case let .importAgreements(request):
            return try importRecords(request, environment: environment,
                                     run: { try $0.importAgreements($1, file: request.file, skipBad: request.skipBad) },
                                     skipped: \.skipped) { localized("import: {1} agreement versions imported, {2} duplicates", $0.imported, $0.duplicates) }
        case let .importAcceptances(request):
            return try importRecords(request, environment: environment,
                                     run: { try $0.importAcceptances($1, file: request.file, skipBad: request.skipBad) },
                                     skipped: \.skipped) { localized("import: {1} acceptances imported, {2} duplicates", $0.imported, $0.duplicates) }
        case let .importConsumers(request):
            return try importRecords(request, environment: environment,
                                     run: { try $0.importConsumers($1, file: request.file, skipBad: request.skipBad,
                                                                   update: request.update) }, skipped: \.skipped) {
                localized("import: {1} consumers imported, {2} updated, {3} duplicates", $0.imported, $0.updated, $0.duplicates)
            }
        case let .ingestMaildir(db, directory):
            return try ingestMaildir(db: db, directory: directory, environment: environment)
        case let .export(kind, db, format, keepingPersonalData):
            let store = try openExistingStore(try environment.databasePath(db), environment)
            let output = FileHandle.standardOutput
            try Exporter(store: store, keepingPersonalData: keepingPersonalData).export(kind, format: format, forTerminal: isatty(STDOUT_FILENO) != 0) {
                output.write(Data($0.utf8))
            }
            return 0
        case .check(let db):
            let store = try openExistingStore(try environment.databasePath(db), environment)
            let problems = try store.check()
            problems.forEach { complain($0) }
            complain(problems.isEmpty ? localized("check: {1} is sound", store.path)
                     : Language.interface.counted(problems.count, "check: {1} problem in {2}", "check: {1} problems in {2}", store.path))
            return problems.isEmpty ? 0 : 1
        case let .remind(db, dryRun):
            let store = try openExistingStore(try environment.databasePath(db), environment)
            let reminders = try store.agreementReminders() + store.noticeReminders()
            if dryRun {
                for reminder in reminders {
                    print([reminder.kind.rawValue, reminder.record, reminder.organisationNumber, reminder.recipient]
                        .map(UntrustedText.line).joined(separator: "\t"))
                }
                complain(localized("remind: {1} reminders would be queued (dry run: nothing was)", reminders.count))
            } else {
                let queued = try store.sendReminders(reminders)
                complain(localized("remind: {1} reminders queued (segdesk outbox deliver sends them)", queued))
            }
            return 0
        case let .backup(db, file):
            let store = try openExistingStore(try environment.databasePath(db), environment)
            let started = Date()
            let pages = try store.backup(to: file) { copied, total in
                if environment.stderrIsTerminal { FileHandle.standardError.write(Data(("\r" + localized("backup: {1} of {2} pages", copied, total)).utf8)) }
            }
            if environment.stderrIsTerminal { FileHandle.standardError.write(Data("\n".utf8)) }
            let verdict = try Database(path: file).first("PRAGMA quick_check") { $0.string(0) } ?? "nothing"
            let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
            complain(localized("backup: {1} pages of {2} copied to {3} in {4} s; its quick check says {5}", pages, store.path, file, seconds, verdict))
            return verdict == "ok" ? 0 : 1
        case .outboxList(let db):
            let store = try openExistingStore(try environment.databasePath(db), environment)
            print(["id", "status", "attempts", "recipient", "subject", "last_error"].joined(separator: "\t"))
            for message in try store.outbox() {
                let fields = [String(message.id), message.status.rawValue, String(message.attempts), message.recipient,
                              message.subject, message.lastError ?? ""]
                print(fields.map(UntrustedText.line).joined(separator: "\t"))
            }
            return 0
        case let .outboxSettle(db, ids, sent):
            let store = try openExistingStore(try environment.databasePath(db), environment)
            for id in ids {
                try store.settleUncertainMessage(id: id, sent: sent)
                complain(sent ? localized("outbox: message {1} confirmed sent", id) : localized("outbox: message {1} queued to be sent again", id))
            }
            return 0
        case let .outboxDeliver(db, transport, from, timeoutText):
            let configuration = environment.configuration
            guard let transportText = transport ?? configuration.transport else {
                throw UsageError(description: localized("segdesk outbox deliver: no transport; give --transport or set transport in the configuration"))
            }
            guard let fromAddress = from ?? configuration.from else {
                throw UsageError(description: localized("segdesk outbox deliver: no From address; give --from or set from in the configuration"))
            }
            let timeout: Double
            if let timeoutText {
                guard let seconds = Double(timeoutText), seconds > 0, seconds <= 86_400 else {
                    throw UsageError(description: localized("segdesk outbox deliver: --timeout expects seconds from 1 to 86400, got \"{1}\"", timeoutText))
                }
                timeout = seconds
            } else {
                timeout = Double(configuration.transportTimeout)
            }
            let store = try openExistingStore(try environment.databasePath(db), environment)
            let report = try Outbox(store: store, transport: try MailTransport(parsing: transportText), from: fromAddress,
                                    timeout: timeout).deliverDue()
            report.uncertain.forEach {
                complain(localized("outbox: message {1} may have been sent by a run that ended before recording it; segdesk outbox confirm {2} or requeue {3}", $0, $0, $0))
            }
            report.failed.forEach { complain(localized("outbox: message {1} not sent: {2}", $0.id, $0.reason)) }
            complain(localized("outbox: {1} sent, {2} failed (retried later), {3} uncertain", report.sent, report.failed.count, report.uncertain.count))
            return report.failed.isEmpty && report.uncertain.isEmpty ? 0 : 1
        case let .dashboard(db, theme, demo):
            return try runDashboard(db: db, theme: theme, demo: demo, environment: environment)
        }
    } catch let error as UsageError {
        complain(error.description)
        return 2
    } catch {
        complain(localized("segdesk: {1}", String(describing: error)))
        return 1
    }
}

let environment = Environment()
exit(Language.$interface.withValue(environment.language) { main(environment) })
