/// The rows `segdesk export` writes: each kind's query, whose column names
/// are the field names, times ISO 8601 in UTC.
struct ExportRepository {
    let database: Database
    /// The targets an incident's resolution is due by.
    let serviceLevel: ServiceLevel

    /// Hands every row of `kind` (messages: those `filter` chooses), as the
    /// store's clock sees it now, to `body`.
    func forEach(_ kind: ExportKind, at now: Int64, filter: ExportFilter, _ body: (Row) throws -> Void) throws {
        let values: [SQLValue] = kind == .messages ? [.integer(filter.since ?? 0)] + (filter.consumerID.map { [.integer($0)] } ?? []) : []
        try database.forEach(Self.query(kind, at: now, resolutionDue: resolutionDue, oneConsumer: filter.consumerID != nil), values, body)
    }

    /// When an incident's resolution is due: its arrival and its priority's target.
    private var resolutionDue: String {
        "i.received_at + CASE i.priority " + Priority.allCases.map { "WHEN \($0.rawValue) THEN \(serviceLevel.resolution[$0]!)" }
            .joined(separator: " ") + " END"
    }

    static func time(_ column: String, as name: String) -> String {
        "strftime('%Y-%m-%dT%H:%M:%SZ', \(column), 'unixepoch') AS \(name)"
    }

    /// The query at time `now`, which decides whether a notice has ended.
    /// `oneConsumer`: the messages of the consumer bound as `?2` alone, read
    /// by its indexes rather than the whole outbox.
    static func query(_ kind: ExportKind, at now: Int64, resolutionDue: String, oneConsumer: Bool = false) -> String {
        let consumer = { (alias: String) in oneConsumer ? " AND \(alias).consumer_id = ?2" : "" }
        return switch kind {
        case .incidents: """
            SELECT i.id, i.external_id, c.org_number AS consumer, i.reporter_name, i.reporter_email, s.key AS service,
                   i.environment,
                   strftime('%Y-%m-%dT%H:%M:%S', i.received_at, 'unixepoch') || coalesce('.' || i.received_fraction, '') || 'Z' AS received_at, i.title, i.body, i.error_code,
                   i.correlation_id, i.kind, i.impact, i.urgency, 'P' || i.priority AS priority, i.status, i.resolution,
                   i.assignee, i.case_id, \(time("i.sla_due_at", as: "sla_due_at")), \(time("i.responded_at", as: "first_answer_at")),
                   \(time(resolutionDue, as: "resolution_due_at"))
            FROM incidents i LEFT JOIN consumers c ON c.id = i.consumer_id JOIN services s ON s.id = i.service_id
            ORDER BY i.id
            """
        case .agreements: """
            SELECT v.version, v.title, v.reference, \(time("v.published_at", as: "published_at")),
                   \(time("v.effective_at", as: "effective_at")), \(time("v.accept_by", as: "accept_by")),
                   (SELECT count(*) FROM agreement_acceptances a WHERE a.version = v.version) AS accepted_by_consumers
            FROM agreement_versions v ORDER BY v.version
            """
        case .acceptances: """
            SELECT c.org_number, a.version, \(time("a.accepted_at", as: "accepted_at")), a.accepted_by
            FROM agreement_acceptances a JOIN consumers c ON c.id = a.consumer_id ORDER BY a.version, c.org_number
            """
        case .services: """
            SELECT p.key AS provider, p.name AS provider_name, p.email AS provider_email, s.key AS service,
                   s.name AS service_name,
                   (SELECT group_concat(environment, ' ') FROM (SELECT environment FROM service_environments
                     WHERE service_id = s.id ORDER BY environment)) AS environments,
                   s.description
            FROM services s JOIN providers p ON p.id = s.provider_id ORDER BY p.key, s.key
            """
        case .consumers: """
            SELECT c.org_number, c.name, c.operator_org_number, c.operator_name, c.mail_domain, c.stage,
                   (SELECT max(version) FROM agreement_acceptances a WHERE a.consumer_id = c.id) AS accepted_agreement,
                   (SELECT group_concat(s.key, ' ') FROM consumer_services cs JOIN services s ON s.id = cs.service_id
                     WHERE cs.consumer_id = c.id) AS services,
                   (SELECT group_concat(role || ':' || email, ' ') FROM contacts WHERE consumer_id = c.id) AS contacts
            FROM consumers c ORDER BY c.org_number
            """
        case .cases: """
            SELECT pc.id, pc.title, s.key AS service, pc.environment, pc.error_code, pc.status, pc.provider_reference,
                   (SELECT count(DISTINCT consumer_id) FROM incidents WHERE case_id = pc.id) AS consumers_affected,
                   (SELECT count(*) FROM incidents WHERE case_id = pc.id) AS reports,
                   \(time("pc.opened_at", as: "opened_at")), \(time("pc.forwarded_at", as: "forwarded_at")),
                   \(time("pc.resolved_at", as: "resolved_at")), \(time("pc.acknowledged_at", as: "provider_acknowledged_at")),
                   \(time("pc.provider_response_due_at", as: "provider_response_due_at")),
                   \(time("pc.provider_resolution_due_at", as: "provider_resolution_due_at"))
            FROM provider_cases pc JOIN services s ON s.id = pc.service_id ORDER BY pc.id
            """
        case .notices: """
            SELECT n.id, n.kind, n.title, n.body, n.breaking,
                   \(NoticeRepository.status(of: "n", at: now)) AS status,
                   n.environment, \(time("n.announced_at", as: "announced_at")),
                   \(time("n.published_at", as: "published_at")), \(time("n.effective_at", as: "effective_at")),
                   \(time("n.ends_at", as: "ends_at")), \(time("n.deadline", as: "deadline")),
                   (SELECT group_concat(s.key, ' ') FROM notice_services ns JOIN services s ON s.id = ns.service_id
                     WHERE ns.notice_id = n.id) AS services,
                   n.audience, n.answered, n.done
            FROM change_notices n ORDER BY n.id
            """
        case .acks: """
            SELECT a.notice_id AS notice, c.org_number, c.name AS consumer, a.state, \(time("a.state_at", as: "state_at")),
                   \(time("n.announced_at", as: "announced_at")), \(time("n.published_at", as: "published_at")),
                   \(time("a.sent_at", as: "sent_at")), \(time("a.acknowledged_at", as: "answered_at")),
                   a.answered_by, a.note,
                   (SELECT count(*) FROM reminders r WHERE r.kind = \(RecordKind.notice.sql) AND r.record_id = a.notice_id
                     AND r.consumer_id = a.consumer_id) AS reminders
            FROM notice_acknowledgements a JOIN consumers c ON c.id = a.consumer_id
            JOIN change_notices n ON n.id = a.notice_id ORDER BY a.notice_id, c.org_number
            """
        case .needs: """
            SELECT n.id, CASE WHEN n.sort_group = 0 THEN
                       (SELECT count(*) FROM needs o WHERE o.sort_group = 0 AND (o.sort_score, o.id) < (n.sort_score, n.id)) + 1
                   END AS rank,
                   n.title, n.description, n.status, n.score, n.backers, n.legal, n.legal_note,
                   (SELECT group_concat(s.key, ' ') FROM need_services ns JOIN services s ON s.id = ns.service_id
                     WHERE ns.need_id = n.id) AS services,
                   c.org_number AS raised_by, \(time("n.raised_at", as: "raised_at")), n.merged_into,
                   n.decision_reference, \(time("n.decided_at", as: "decided_at"))
            FROM needs n LEFT JOIN consumers c ON c.id = n.raised_by ORDER BY n.sort_group, n.sort_score, n.id
            """
        case .backings: """
            SELECT b.need_id AS need, c.org_number, c.name AS consumer, b.importance, b.use_case,
                   \(time("b.backed_at", as: "backed_at"))
            FROM need_backings b JOIN consumers c ON c.id = b.consumer_id ORDER BY b.need_id, b.importance, c.org_number
            """
        case .articles: """
            SELECT a.id, a.title_nb, a.text_nb, a.title_en, a.text_en,
                   (SELECT group_concat(key, ' ') FROM (SELECT s.key FROM article_services x JOIN services s ON s.id = x.service_id
                     WHERE x.article_id = a.id ORDER BY s.key)) AS services,
                   (SELECT group_concat(code, ', ') FROM (SELECT code FROM article_codes WHERE article_id = a.id ORDER BY code)) AS error_codes,
                   (SELECT group_concat(tag, ' ') FROM (SELECT tag FROM article_tags WHERE article_id = a.id ORDER BY tag)) AS tags,
                   a.status, a.source, a.provider_reference, \(time("a.clarified_at", as: "clarified_at")), a.author,
                   \(time("a.created_at", as: "created_at")), \(time("a.updated_at", as: "updated_at")), a.uses, a.recent_uses
            FROM articles a ORDER BY a.id
            """
        case .journal: """
            SELECT id, \(time("at", as: "at")), operator, entity, entity_id, action, before, after
            FROM journal ORDER BY id
            """
        case .messages: """
            SELECT direction, id, consumer, \(time("at", as: "at")), kind, record, record_id, state, address, copy_to, subject,
                   message_id, in_reply_to, \(time("sent_at", as: "sent_at")), body
            FROM (SELECT \(CorrespondenceEntry.Direction.sent.sql) AS direction, o.id, c.org_number AS consumer, o.created_at AS at, o.entity AS kind, o.entity AS record,
                         o.entity_id AS record_id, o.status AS state, o.recipient AS address, o.copy_to, o.subject, o.message_id,
                         o.in_reply_to, o.sent_at, o.body
                  FROM outbox o LEFT JOIN consumers c ON c.id = o.consumer_id
                  WHERE o.created_at >= ?1\(consumer("o"))
                  UNION ALL
                  SELECT \(CorrespondenceEntry.Direction.received.sql), m.id, c.org_number, m.received_at, m.kind,
                         CASE WHEN m.incident_id IS NOT NULL THEN \(RecordKind.incident.sql) WHEN m.notice_id IS NOT NULL THEN \(RecordKind.notice.sql)
                              WHEN m.case_id IS NOT NULL THEN \(RecordKind.providerCase.sql) END,
                         coalesce(m.incident_id, m.notice_id, m.case_id), \(CorrespondenceEntry.State.received.sql), m.sender, NULL, m.subject, m.message_id, NULL, NULL,
                         CASE WHEN m.kind = \(InboundMailKind.report.sql) THEN (SELECT body FROM incidents WHERE id = m.incident_id) ELSE m.body END
                  FROM inbound_mail m LEFT JOIN consumers c ON c.id = m.consumer_id
                  WHERE m.received_at >= ?1\(consumer("m")))
            ORDER BY at, direction, id
            """
        }
    }
}
