/// The rules that raise alerts, as the queries that find their facts: each
/// returns only facts never alerted before (`alert_items`), read by the
/// indexes of open incidents, open cases and unsent messages.
struct AlertRuleRepository {
    let database: Database
    let policy: AlertPolicy

    /// A clock that broke longer ago than this was somebody's to see before
    /// alerting: the first run on an old segment does not page for history.
    static let brokenClockHorizon: Int64 = 86_400

    /// Every fact that should raise or join an alert at `now`.
    func facts(at now: Int64) throws -> [AlertFact] {
        try newReports() + providerNotices() + clocks(at: now) + lateCases(at: now) + stuckMessages(at: now)
    }

    /// New reports at or above `alert.priority`: one absorbed by an active
    /// outage has left "new" for "forwarded" and raises none.
    func newReports() throws -> [AlertFact] {
        try database.rows("""
            SELECT i.id, i.priority, i.error_code, s.key, i.consumer_id, c.name, i.title, i.received_at, i.environment
            FROM incidents i JOIN services s ON s.id = i.service_id LEFT JOIN consumers c ON c.id = i.consumer_id
            WHERE i.status = \(IncidentStatus.new.sql) AND i.sort_group < \(IncidentOrder.doneGroup) AND i.priority <= ?1
              AND NOT EXISTS (SELECT 1 FROM alert_items a WHERE a.item = 'incident:' || i.id || ':new')
            ORDER BY i.received_at, i.id
            """, [.integer(Int64(policy.priority.rawValue))]) { row in
            let priority = Priority(rawValue: row.integer(1)) ?? .p1
            let subject = AlertSubject(service: row.string(3), errorCode: row.optionalString(2), consumer: row.optionalString(5),
                                       title: UntrustedText.line(row.string(6)))
            return AlertFact(rule: .newReport, item: "incident:\(row.int(0)):new",
                             group: "new_report:\(row.string(3)):\(row.string(8)):\(row.optionalString(2) ?? "-")",
                             priority: priority, record: .incident, recordID: row.int(0), consumerID: row.optionalInt(4).map(Int64.init),
                             line: Self.line("SEG-\(row.int(0))", priority, row.int(7), subject), subject: subject)
        }
    }

    /// A provider's outage, maintenance or breaking notice taken in from its
    /// mail: an outage is P1, the others P2.
    func providerNotices() throws -> [AlertFact] {
        try database.rows("""
            SELECT n.id, n.kind, n.title, p.name, m.received_at FROM inbound_mail m
            JOIN change_notices n ON n.id = m.notice_id JOIN providers p ON p.id = n.provider_id
            WHERE m.notice_id IS NOT NULL AND m.kind = \(InboundMailKind.providerNotice.sql) AND n.withdrawn_at IS NULL
              AND (n.kind IN \([NoticeKind.deviation, .maintenance].sql) OR n.breaking = 1)
              AND NOT EXISTS (SELECT 1 FROM alert_items a WHERE a.item = 'notice:' || n.id || ':taken_in')
            ORDER BY m.received_at, n.id
            """) { row in
            let priority: Priority = row.string(1) == NoticeKind.deviation.rawValue ? .p1 : .p2
            let subject = AlertSubject(service: UntrustedText.line(row.string(3)), title: UntrustedText.line(row.string(2)))
            return AlertFact(rule: .providerNotice, item: "notice:\(row.int(0)):taken_in", group: "provider_notice:\(row.int(0))",
                             priority: priority, record: .notice, recordID: row.int(0), consumerID: nil,
                             line: Self.line("SEG-N\(row.int(0))", priority, row.int(4), subject), subject: subject)
        }
    }

    /// Open incidents whose clock breaks within `alert.before`, or broke in
    /// the last day: each state of each deadline once.
    func clocks(at now: Int64) throws -> [AlertFact] {
        try database.rows("""
            SELECT i.id, i.priority, i.sla_due_at, i.responded_at IS NULL, s.key, i.consumer_id, c.name, i.title,
                   CASE WHEN i.sla_due_at <= ?1 THEN \(AlertRule.clockBroken.sql) ELSE \(AlertRule.clockSoon.sql) END AS state
            FROM incidents i JOIN services s ON s.id = i.service_id LEFT JOIN consumers c ON c.id = i.consumer_id
            WHERE i.sort_group < \(IncidentOrder.doneGroup) AND i.sla_due_at < ?1 + ?2 AND i.sla_due_at >= ?1 - ?3
              AND NOT EXISTS (SELECT 1 FROM alert_items a WHERE a.item = 'incident:' || i.id || ':' || state || ':' || i.sla_due_at)
            ORDER BY i.sla_due_at, i.id
            """, [.integer(now), .integer(policy.before), .integer(Self.brokenClockHorizon)]) { row in
            let rule = AlertRule(rawValue: row.string(8)) ?? .clockBroken
            let priority = Priority(rawValue: row.integer(1)) ?? .p1
            let firstAnswer = row.integer(3) == 1
            let subject = AlertSubject(service: row.string(4), consumer: row.optionalString(6), title: UntrustedText.line(row.string(7)),
                                       firstAnswer: firstAnswer)
            return AlertFact(rule: rule, item: "incident:\(row.int(0)):\(rule.rawValue):\(row.int(2))",
                             group: "\(rule.rawValue):\(firstAnswer ? "first_answer" : "resolution"):\(priority.label)",
                             priority: priority, record: .incident, recordID: row.int(0), consumerID: row.optionalInt(5).map(Int64.init),
                             line: Self.line("SEG-\(row.int(0))", priority, row.int(2), subject), subject: subject)
        }
    }

    /// Forwarded cases past the provider's target to acknowledge or to
    /// resolve; a case is as urgent as its most urgent report.
    func lateCases(at now: Int64) throws -> [AlertFact] {
        let late = try database.rows("""
            SELECT c.id, c.title, s.key,
                   CASE WHEN c.acknowledged_at IS NULL AND c.provider_response_due_at < ?1 THEN 'response' ELSE 'resolution' END,
                   CASE WHEN c.acknowledged_at IS NULL AND c.provider_response_due_at < ?1 THEN c.provider_response_due_at
                        ELSE c.provider_resolution_due_at END,
                   (SELECT min(i.priority) FROM incidents i WHERE i.case_id = c.id)
            FROM provider_cases c JOIN services s ON s.id = c.service_id
            WHERE c.sort_group = 0 AND c.forwarded_at IS NOT NULL
              AND ((c.acknowledged_at IS NULL AND c.provider_response_due_at < ?1) OR c.provider_resolution_due_at < ?1)
            ORDER BY c.id
            """, [.integer(now)]) { row in
            let priority = row.optionalInt(5).flatMap(Priority.init(rawValue:)) ?? .p2
            let subject = AlertSubject(service: row.string(2), title: UntrustedText.line(row.string(1)), firstAnswer: row.string(3) == "response")
            return AlertFact(rule: .caseLate, item: "case:\(row.int(0)):late_\(row.string(3)):\(row.int(4))", group: "case_late:\(row.int(0))",
                             priority: priority, record: .providerCase, recordID: row.int(0), consumerID: nil,
                             line: Self.line("SEG-C\(row.int(0))", priority, row.int(4), subject), subject: subject)
        }
        return try unseen(late)
    }

    /// Messages failed or uncertain for longer than `alert.outbox`; alerts'
    /// own messages are left out, so a mail server that is down does not
    /// page about its own pages.
    func stuckMessages(at now: Int64) throws -> [AlertFact] {
        let stuck = try database.rows("""
            SELECT id, recipient, subject, created_at FROM outbox
            WHERE status != \(OutboxMessage.Status.sent.sql) AND status IN \([OutboxMessage.Status.failed, .uncertain].sql)
              AND created_at <= ?1 AND entity != \(RecordKind.alert.sql)
            ORDER BY id
            """, [.integer(now - policy.outbox)]) { row in
            let subject = AlertSubject(service: UntrustedText.line(row.string(1)), title: UntrustedText.line(row.string(2)))
            return AlertFact(rule: .outboxStuck, item: "message:\(row.int(0)):stuck", group: "outbox_stuck", priority: .p2,
                             record: .message, recordID: row.int(0), consumerID: nil,
                             line: Self.line(localized("message {1}", row.int(0)), .p2, row.int(3), subject), subject: subject)
        }
        return try unseen(stuck)
    }

    private func unseen(_ facts: [AlertFact]) throws -> [AlertFact] {
        try facts.filter { try database.first("SELECT 1 FROM alert_items WHERE item = ?", [.text($0.item)], { _ in true }) == nil }
    }

    /// One fact as the alert's message lists it.
    static func line(_ record: String, _ priority: Priority, _ at: Int64, _ subject: AlertSubject) -> String {
        let who = subject.consumer.map { UntrustedText.line($0) + ": " } ?? ""
        return "\(record)  \(priority.label)  \(Language.interface.dateTime(at, SegmentZone.current))  \(who)\(subject.title) (\(subject.service))"
    }
}
