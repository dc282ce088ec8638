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
    /// technical one), at the last point to both.
    public func agreementReminders() throws -> [PlannedReminder] {
        let days = policy.reminderDays
        guard let agreement = try database.first("""
            SELECT version, title, accept_by, reference, effective_at FROM agreement_versions WHERE accept_by IS NOT NULL
            ORDER BY version DESC LIMIT 1
            """, [], { AgreementFacts(version: $0.int(0), title: $0.string(1), reference: $0.optionalString(3), effectiveAt: $0.int(4),
                                      acceptBy: $0.int(2)) }),
              let acceptBy = agreement.acceptBy,
              agreement.version == Int64(try currentAgreementVersion() ?? 0), now() <= acceptBy else { return [] }
        let due = days.filter { now() >= acceptBy - Int64($0) * 86_400 }
        guard let latest = due.min() else { return [] }
        let last = days.min() == latest
        return try database.rows("""
            SELECT c.id, c.org_number, c.name,
                   (SELECT email FROM contacts WHERE consumer_id = c.id AND role = \(ContactRole.business.sql) ORDER BY id LIMIT 1),
                   (SELECT email FROM contacts WHERE consumer_id = c.id AND role = \(ContactRole.technical.sql) ORDER BY id LIMIT 1), c.language
            FROM consumers c WHERE c.stage != \(OnboardingStage.offboarded.sql)
              AND NOT EXISTS (SELECT 1 FROM agreement_acceptances a WHERE a.consumer_id = c.id AND a.version = ?1)
              AND NOT EXISTS (SELECT 1 FROM reminders r WHERE r.kind = \(RecordKind.agreement.sql) AND r.record_id = ?1
                              AND r.consumer_id = c.id AND r.days_before = ?2)
            ORDER BY c.org_number
            """, [.integer(agreement.version), .integer(Int64(latest))]) { row -> [PlannedReminder] in
            let business = row.optionalString(3), technical = row.optionalString(4)
            var recipients = [business ?? technical].compactMap { $0 }
            if last, let technical, business != nil { recipients.append(technical) }
            let text = AgreementMessages.reminder(agreement, deadline: acceptBy, consumer: row.string(2),
                                                  in: row.language(5))
            return recipients.filter(MailAddress.isPlausible).map { recipient in
                PlannedReminder(
                    kind: .agreement, record: "v\(agreement.version)", organisationNumber: row.string(1), recipient: recipient,
                    subject: text.subject, body: text.body,
                    recordID: agreement.version, consumerID: row.int(0), daysBefore: due)
            }
        }.flatMap { $0 }
    }

    /// Queues the reminders and records the points they stand for, so a
    /// second run sends none of them again; journalled. Returns the count.
    @discardableResult
    public func sendReminders(_ reminders: [PlannedReminder]) throws -> Int {
        try database.inTransaction {
            for reminder in reminders {
                try outbox.queue(to: reminder.recipient, copyTo: reminder.copyTo, subject: reminder.subject, body: reminder.body,
                                 entity: reminder.kind, entityID: reminder.recordID)
                for days in reminder.daysBefore {
                    try database.run("""
                        INSERT OR IGNORE INTO reminders (kind, record_id, consumer_id, days_before, sent_at) VALUES (?, ?, ?, ?, ?)
                        """, [.text(reminder.kind.rawValue), .integer(reminder.recordID), .integer(reminder.consumerID),
                              .integer(Int64(days)), .integer(now())])
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
