extension Store {
    /// The reminders due now for published notices still ahead of their
    /// deadline (else their effective time): one per consumer still pending
    /// or, on a breaking notice, not yet ready or not affected, when a point
    /// before the deadline (`policy.reminderDays`) has come and no reminder
    /// was sent for it; to the contacts the notice went to, at the last point
    /// with a copy to the business contact.
    public func noticeReminders() throws -> [PlannedReminder] {
        let days = policy.reminderDays
        guard let lastPoint = days.min() else { return [] }
        let notices = try database.rows("""
            SELECT id, coalesce(deadline, effective_at) FROM change_notices
            WHERE published_at IS NOT NULL AND coalesce(deadline, effective_at) >= ?1 AND coalesce(ends_at, ?1) >= ?1
            ORDER BY id
            """, [.integer(now())]) { (id: $0.int(0), deadline: $0.int(1)) }
        var reminders: [PlannedReminder] = []
        for notice in notices {
            let due = days.filter { now() >= notice.deadline - Int64($0) * 86_400 }
            guard let latest = due.min() else { continue }
            let detail = try self.notice(id: notice.id)
            let roles = detail.row.kind.recipients(breaking: detail.row.breaking)
            let withBusiness = latest == lastPoint && !roles.contains(.business)
            try database.forEach("""
                SELECT c.id, c.org_number, c.name, a.state,
                       (SELECT email FROM contacts WHERE consumer_id = c.id AND role = ?3 ORDER BY id LIMIT 1),
                       (SELECT email FROM contacts WHERE consumer_id = c.id AND role = \(ContactRole.business.sql) ORDER BY id LIMIT 1),
                       (SELECT email FROM contacts WHERE consumer_id = c.id ORDER BY role != \(ContactRole.technical.sql), id LIMIT 1), c.language
                FROM notice_acknowledgements a JOIN consumers c ON c.id = a.consumer_id
                WHERE a.notice_id = ?1 AND a.sent_at IS NOT NULL AND c.stage != \(OnboardingStage.offboarded.sql)
                  AND CASE WHEN ?4 = 1 THEN a.state NOT IN \([AcknowledgementState.ready, .notAffected].sql) ELSE a.state = \(AcknowledgementState.pending.sql) END
                  AND NOT EXISTS (SELECT 1 FROM reminders r WHERE r.kind = \(RecordKind.notice.sql) AND r.record_id = ?1
                                  AND r.consumer_id = c.id AND r.days_before = ?2)
                ORDER BY c.org_number
                """, [.integer(notice.id), .integer(Int64(latest)), .text(roles[0].rawValue),
                      .integer(detail.row.breaking ? 1 : 0)]) { row in
                let first = [row.optionalString(4), row.optionalString(6)].compactMap { $0 }.first(where: MailAddress.isPlausible)
                guard let recipient = first else { return }
                let business = row.optionalString(5).flatMap { MailAddress.isPlausible($0) ? $0 : nil }
                let copy = (withBusiness || roles.count > 1) ? business.flatMap { $0.caseInsensitiveCompare(recipient) == .orderedSame ? nil : $0 } : nil
                let state = AcknowledgementState(rawValue: row.string(3)) ?? .pending
                let text = NoticeMessages.reminder(detail, deadline: notice.deadline, consumer: row.string(2), state: state,
                                                   in: row.language(7))
                reminders.append(PlannedReminder(
                    kind: .notice, record: "N\(notice.id)", organisationNumber: row.string(1), recipient: recipient,
                    copyTo: copy,
                    subject: text.subject, body: text.body,
                    recordID: notice.id, consumerID: row.int(0), daysBefore: due))
            }
        }
        return reminders
    }
}
