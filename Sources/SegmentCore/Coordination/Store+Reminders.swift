import Foundation

/// A record reminders were sent about, to journal them once per record.
private struct RemindedRecord: Hashable {
    var kind: RecordKind
    var id: Int64
}

/// A reminder `segdesk remind` would queue: which record, to whom.
public struct PlannedReminder: Equatable, Sendable {
    /// The kind of record it chases: an agreement or a notice.
    public var kind: RecordKind
    public var record: String
    public var organisationNumber: String
    public var recipient: String
    /// A second contact of the same consumer that gets a copy.
    public var copyTo: String? = nil
    public var subject: String
    public var body: String
    var recordID: Int64
    var consumerID: Int64
    /// Every point before the deadline this reminder stands for.
    var daysBefore: [Int]
}

extension Store {
    /// The reminders due now for the newest agreement version: one per
    /// consumer (not offboarded) that has not accepted it, when a point
    /// before its `accept_by` (`days`, e.g. 14, 7 and 2) has come and no
    /// reminder was sent for that point; to the business contact (else the
    /// technical one), at the last point to both. Only consumers asked to
    /// accept it (`requestAcceptance`) before the point, and at least
    /// `remind.min_gap` ago, are reminded.
    public func agreementReminders() throws -> [PlannedReminder] {
        let days = policy.reminderDays
        guard let agreement = try agreements.newestWithDeadline(),
              let acceptBy = agreement.acceptBy,
              agreement.version == Int64(try agreements.currentVersion() ?? 0), now() <= acceptBy else { return [] }
        let due = days.filter { now() >= acceptBy - Int64($0) * 86_400 }
        guard let latest = due.min() else { return [] }
        let last = days.min() == latest
        let point = acceptBy - Int64(latest) * 86_400
        return try agreements.notReminded(agreement.version, daysBefore: latest, point: point,
                                          sentBy: now() - policy.reminderMinimumGap).map { row -> [PlannedReminder] in
            let business = row.business, technical = row.technical
            var recipients = [business ?? technical].compactMap { $0 }
            if last, let technical, business != nil { recipients.append(technical) }
            let text = AgreementMessages.reminder(agreement, deadline: acceptBy, consumer: row.name, in: row.language)
            return recipients.filter(MailAddress.isPlausible).map { recipient in
                PlannedReminder(
                    kind: .agreement, record: "v\(agreement.version)", organisationNumber: row.organisationNumber, recipient: recipient,
                    subject: text.subject, body: text.body,
                    recordID: agreement.version, consumerID: row.id, daysBefore: due)
            }
        }.flatMap { $0 }
    }

    /// Queues the reminders and records the latest point each stands for,
    /// so a second run sends none of them again; journalled. Returns the count.
    @discardableResult
    public func sendReminders(_ reminders: [PlannedReminder]) throws -> Int {
        try database.inTransaction {
            for reminder in reminders {
                try outbox.queue(to: reminder.recipient, copyTo: reminder.copyTo, subject: reminder.subject, body: reminder.body,
                                 entity: reminder.kind, entityID: reminder.recordID, consumer: reminder.consumerID)
                // One row per message, at the latest point it stands for: the
                // points before it have passed and are never due again, and the
                // record's count of reminders counts messages.
                if let latest = reminder.daysBefore.min() {
                    try agreements.recordReminder(kind: reminder.kind, recordID: reminder.recordID, consumerID: reminder.consumerID,
                                                  daysBefore: latest, at: now())
                }
            }
            for (record, group) in Dictionary(grouping: reminders, by: { RemindedRecord(kind: $0.kind, id: $0.recordID) }) {
                try journal(entity: record.kind, id: record.id, action: .reminded,
                            after: "consumers=\(Set(group.map(\.consumerID)).count) messages=\(group.count)")
            }
            return reminders.count
        }
    }
}
