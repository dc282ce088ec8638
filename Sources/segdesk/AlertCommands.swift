import Foundation
import SegmentCore

/// `segdesk alert`: for cron, every minute: raise, send and escalate alerts.
struct AlertRunCommand: ShellCommand, Equatable {
    static let rows = [
        CommandRow(["alert"], "[--db PATH] [--dry-run]",
                   "for cron: wake the person on call, once per fault: new P1 reports, provider outages, clocks about to break, late cases, stuck messages; escalate what no one acknowledged",
                   page: { Usage.alert }, flags: ["--dry-run"]),
    ]

    let db: String?
    let dryRun: Bool

    init(_ request: CommandRequest) throws {
        db = request.db
        dryRun = request.has("--dry-run")
    }

    func run(_ environment: Environment) throws -> Int32 {
        let store = try openExistingStore(try environment.databasePath(db), environment)
        let policy = environment.configuration.alerts
        let ladder = OnCallLadder.at(store.now(), policy: policy, rota: environment.rota())
        let run = try store.alertDesk.run(policy: policy, ladder: ladder, dryRun: dryRun)
        // Cron's minute also keeps the knowledge pane's order: uses older than 90 days stop counting.
        if !dryRun { try store.knowledge.refreshRecentUses(at: store.now()) }
        for dispatch in run.sent {
            print(["ALERT-\(dispatch.alert)", dispatch.priority, "\(dispatch.level)", dispatch.to, dispatch.subject].map(UntrustedText.line)
                .joined(separator: "\t"))
        }
        if !dryRun, let path = policy.command {
            let command = AlertCommand(path: path, timeout: policy.commandTimeout)
            for dispatch in run.sent {
                let failure = command.run(dispatch)
                try store.alertDesk.recordCommand(alert: dispatch.alert, failure: failure)
                if let failure { complain(localized("alert: ALERT-{1}: the alert command failed, the mail is queued all the same: {2}", dispatch.alert, failure)) }
            }
        }
        let language = Language.interface
        // Cron mails whatever a job writes: a minute in which nothing happened says nothing.
        let happened = !(run.raised.isEmpty && run.grown.isEmpty && run.held.isEmpty && run.sent.isEmpty)
        if happened || dryRun {
                complain(localized(dryRun ? "alert: {1}, {2} grown, {3} held for morning, {4} would be queued (dry run: nothing was)"
                                      : "alert: {1}, {2} grown, {3} held for morning, {4} queued (segdesk outbox deliver sends them)",
                               language.counted(run.raised.count, "{1} alert raised", "{1} alerts raised"), run.grown.count, run.held.count,
                               language.counted(run.sent.count, "{1} message", "{1} messages")))
        }
        if run.nobodyOnCall {
            complain(localized("alert: no one is on call: set oncall or oncall.rota, and alert.last, in the configuration; segdesk alert list shows what waits"))
            return 1
        }
        return 0
    }
}

/// `segdesk alert ack ID...`: alerts acknowledged from a shell.
struct AlertAckCommand: ShellCommand, Equatable {
    static let rows = [
        CommandRow(["alert", "ack"], "[--db PATH] ID...", "acknowledge alerts: they go no further up the ladder", page: { Usage.alert },
                   positional: true),
    ]

    let db: String?
    let ids: [Int64]

    init(_ request: CommandRequest) throws {
        let ids = request.options.positional.map { $0.uppercased().hasPrefix("ALERT-") ? String($0.dropFirst(6)) : $0 }.compactMap { Int64($0) }
        guard !ids.isEmpty, ids.count == request.options.positional.count, ids.allSatisfy({ $0 > 0 }) else {
            throw UsageError(description: localized("segdesk alert ack: expected one or more alert ids (numbers, as segdesk alert list shows them)"))
        }
        db = request.db
        self.ids = ids
    }

    func run(_ environment: Environment) throws -> Int32 {
        let store = try openExistingStore(try environment.databasePath(db), environment)
        var status: Int32 = 0
        for id in ids {
            do {
                let alert = try store.alertDesk.acknowledge(id, via: "command line")
                print(localized("ALERT-{1} acknowledged by {2}: {3}", id, store.operatorLogin, UntrustedText.line(alert.title)))
            } catch StoreError.refused(let refusal) {
                complain(localized("segdesk alert ack: {1}", refusal.description))
                status = 1
            }
        }
        return status
    }
}

/// `segdesk alert list`: the open alerts.
struct AlertListCommand: ShellCommand, Equatable {
    static let rows = [
        CommandRow(["alert", "list"], "[--db PATH]", "the open alerts: id, priority, raised, who was told, title (tab-separated)",
                   page: { Usage.alert }),
    ]

    let db: String?

    init(_ request: CommandRequest) throws { db = request.db }

    func run(_ environment: Environment) throws -> Int32 {
        let store = try openStoreForReading(try environment.databasePath(db), environment)
        for alert in try store.alerts.open() {
            let told = alert.sentTo.isEmpty ? (alert.held ? localized("held for morning") : localized("no one yet")) : alert.sentTo.joined(separator: " ")
            print(["ALERT-\(alert.id)", alert.priority.label, Language.interface.dateTime(alert.raisedAt, SegmentZone.current), told, alert.title]
                .map(UntrustedText.line).joined(separator: "\t"))
        }
        return 0
    }
}
