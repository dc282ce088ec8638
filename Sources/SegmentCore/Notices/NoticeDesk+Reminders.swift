extension NoticeDesk {
    /// The reminders due now for published notices still ahead of their
    /// deadline (else their effective time): one per consumer still pending
    /// or, on a breaking notice, not yet ready or not affected, when a point
    /// before the deadline (`store.policy.reminderDays`) has come and no reminder
    /// was sent for it; to the contacts the notice went to, at the last point
    /// with a copy to the business contact. A point counts for a consumer
    /// only when it falls after the notice was first sent to it, and no
    /// reminder goes sooner than `remind.min_gap` (a day) after that.
    public func noticeReminders() throws -> [PlannedReminder] {
        let days = store.policy.reminderDays
        guard let lastPoint = days.min() else { return [] }
        var reminders: [PlannedReminder] = []
        for notice in try store.notices.awaitingAnswers() {
            let due = days.filter { store.now() >= notice.deadline - Int64($0) * 86_400 }
            guard let latest = due.min() else { continue }
            let detail = try store.notice(id: notice.id)
            let roles = detail.row.kind.recipients(breaking: detail.row.breaking)
            let withBusiness = latest == lastPoint && !roles.contains(.business)
            let point = notice.deadline - Int64(latest) * 86_400
            let sentBy = store.now() - store.policy.reminderMinimumGap
            for row in try store.noticeAudience.notDone(noticeID: notice.id, breaking: detail.row.breaking, role: roles[0], daysBefore: latest,
                                                 point: point, sentBy: sentBy) {
                let first = [row.roleAddress, row.any].compactMap { $0 }.first(where: MailAddress.isPlausible)
                guard let recipient = first else { continue }
                let business = row.business.flatMap { MailAddress.isPlausible($0) ? $0 : nil }
                let copy = (withBusiness || roles.count > 1) ? business.flatMap { $0.caseInsensitiveCompare(recipient) == .orderedSame ? nil : $0 } : nil
                let text = NoticeMessages.reminder(detail, deadline: notice.deadline, consumer: row.name, state: row.state, in: row.language)
                reminders.append(PlannedReminder(
                    kind: .notice, record: "N\(notice.id)", organisationNumber: row.organisationNumber, recipient: recipient,
                    copyTo: copy,
                    subject: text.subject, body: text.body,
                    recordID: notice.id, consumerID: row.id, daysBefore: due))
            }
        }
        return reminders
    }
}
