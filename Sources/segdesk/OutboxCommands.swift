import Foundation
import SegmentCore

// The outbox from the command line, and the reminders that fill it.

func listOutbox(db: String?, _ environment: Environment) throws -> Int32 {
        let store = try openStoreForReading(try environment.databasePath(db), environment)
        print(["id", "status", "attempts", "recipient", "subject", "last_error"].joined(separator: "\t"))
        for message in try store.outbox.messages() {
            let fields = [String(message.id), message.status.rawValue, String(message.attempts), message.recipient,
                          message.subject, message.lastError ?? ""]
            print(fields.map(UntrustedText.line).joined(separator: "\t"))
        }
        return 0
}

func settleOutbox(db: String?, ids: [Int64], sent: Bool, _ environment: Environment) throws -> Int32 {
        let store = try openExistingStore(try environment.databasePath(db), environment)
        for id in ids {
            try store.settleUncertainMessage(id: id, sent: sent)
            complain(sent ? localized("outbox: message {1} confirmed sent", id) : localized("outbox: message {1} queued to be sent again", id))
        }
        return 0
}

func deliverOutbox(db: String?, transport: String?, from: String?, timeoutText: String?, _ environment: Environment) throws -> Int32 {
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
        let transport: MailTransport
        do {
            transport = try MailTransport(parsing: transportText)
            try transport.checkWritable()
        } catch let error as StoreError {
            throw UsageError(description: localized("segdesk outbox deliver: {1}", error.description))
        }
        let store = try openExistingStore(try environment.databasePath(db), environment)
        let stop = StopSignals()
        let report = try Outbox(store: store, transport: transport, from: fromAddress, timeout: timeout)
            .deliverDue(while: { stop.received == nil })
        report.uncertain.forEach {
            complain(localized("outbox: message {1} may have been sent by a run that ended before recording it; segdesk outbox confirm {2} or requeue {3}", $0, $0, $0))
        }
        report.failed.forEach { complain(localized("outbox: message {1} not sent: {2}", $0.id, $0.reason)) }
        complain(localized("outbox: {1} sent, {2} failed (retried later), {3} uncertain", report.sent, report.failed.count, report.uncertain.count))
        if let signal = stop.received {
            complain(localized("outbox: stopped by signal {1}; what was not sent waits for the next run", signal))
            return 128 + signal
        }
        return report.failed.isEmpty && report.uncertain.isEmpty ? 0 : 1
}

func remind(db: String?, dryRun: Bool, _ environment: Environment) throws -> Int32 {
        let store = try openExistingStore(try environment.databasePath(db), environment)
        let reminders = try store.agreementReminders() + store.noticeDesk.noticeReminders()
        if dryRun {
            for reminder in reminders {
                print([reminder.kind.rawValue, reminder.record, reminder.organisationNumber, reminder.recipient]
                    .map(UntrustedText.line).joined(separator: "\t"))
            }
            complain(Language.interface.counted(reminders.count, "remind: {1} reminder would be queued (dry run: nothing was)",
                                                "remind: {1} reminders would be queued (dry run: nothing was)"))
        } else {
            let queued = try store.sendReminders(reminders)
            complain(Language.interface.counted(queued, "remind: {1} reminder queued (segdesk outbox deliver sends it)",
                                                "remind: {1} reminders queued (segdesk outbox deliver sends them)"))
        }
        return 0
}
