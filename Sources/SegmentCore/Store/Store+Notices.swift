/// The columns of a notices-pane row, over the notice with its status and
/// pane order `n`.
enum NoticeColumn: Int32, SelectColumn {
    case id, kind, title, breaking, effectiveAt, deadline, status, audience, answered, done, paneGroup, paneTime

    var sql: String {
        switch self {
        case .id: "n.id"
        case .kind: "n.kind"
        case .title: "n.title"
        case .breaking: "n.breaking"
        case .effectiveAt: "n.effective_at"
        case .deadline: "n.deadline"
        case .status: "n.status"
        case .audience: "n.audience"
        case .answered: "n.answered"
        case .done: "n.done"
        case .paneGroup: "n.pane_group"
        case .paneTime: "n.pane_time"
        }
    }
}

extension Store {
    /// The notices pane's rows in pane order: drafts first, newest first;
    /// then published notices still ahead or in force, by effective time; then
    /// the past, newest first. Status and order follow from `now`, never from
    /// a stored flag, so an outage whose end has passed shows ended.
    static func noticeWindow(at now: Int64) -> KeysetWindow {
        KeysetWindow(select: """
            SELECT \(NoticeColumn.list)
            FROM (SELECT c.*, \(noticeStatus(of: "c", at: now)) AS status,
                    CASE WHEN c.published_at IS NULL THEN 0
                         WHEN coalesce(c.ends_at, c.effective_at + 7 * 86400) >= \(now) THEN 1 ELSE 2 END AS pane_group,
                    CASE WHEN c.published_at IS NULL THEN -c.announced_at
                         WHEN coalesce(c.ends_at, c.effective_at + 7 * 86400) >= \(now) THEN c.effective_at
                         ELSE -c.effective_at END AS pane_time
                  FROM change_notices c) n
            """, keyColumns: ["n.pane_group", "n.pane_time", "n.id"], filter: nil)
    }

    /// A notice's status at `now` as SQL over the notice row `alias`: a
    /// draft until published, ended once past its `ends_at`. The pane and
    /// the export both read it, so they cannot disagree.
    static func noticeStatus(of alias: String, at now: Int64) -> String {
        """
        CASE WHEN \(alias).published_at IS NULL THEN \(NoticeStatus.draft.sql) WHEN \(alias).ends_at < \(now) THEN \(NoticeStatus.ended.sql) ELSE \(NoticeStatus.published.sql) END
        """
    }

    static func noticeRow(_ row: Row) -> NoticeRow {
        typealias Column = NoticeColumn
        return NoticeRow(id: row.int(Column.id), kind: NoticeKind(rawValue: row.string(Column.kind)) ?? .datasetChange,
                         title: row.string(Column.title), breaking: row.flag(Column.breaking), effectiveAt: row.int(Column.effectiveAt),
                         deadline: row.optionalInt64(Column.deadline), status: NoticeStatus(rawValue: row.string(Column.status)) ?? .draft,
                         audience: row.integer(Column.audience), answered: row.integer(Column.answered), done: row.integer(Column.done),
                         key: [.integer(row.int(Column.paneGroup)), .integer(row.int(Column.paneTime)), .integer(row.int(Column.id))])
    }

    /// One screenful of the change notices pane.
    public func notices(anchor: WindowAnchor, limit: Int, filter: String = "") throws -> [NoticeRow] {
        try database.smallPaneWindow(Self.noticeWindow(at: now()), anchor: anchor, limit: limit, filter: filter, map: Self.noticeRow)
    }

    /// How many notices there are, and how many match `filter`.
    public func noticeCount(filter: String = "") throws -> Int {
        try database.smallPaneCount(table: "change_notices", filter: filter)
    }

    /// How many of a notice's consumers its record lists: the silent first,
    /// so the ones to chase are all there; `export acks` has every one.
    public static let noticeRecordConsumers = 250

    /// A notice with its services, the first `noticeRecordConsumers` of its
    /// audience with their answers (the silent first) and the answers that
    /// came by mail.
    public func notice(id: Int64) throws -> NoticeDetail {
        guard let row = try database.first("\(Self.noticeWindow(at: now()).select) WHERE n.id = ?", [.integer(id)], Self.noticeRow),
              let facts = try database.first("""
                SELECT body, announced_at, published_at, ends_at, environment FROM change_notices WHERE id = ?
                """, [.integer(id)], {
                  (body: $0.string(0), announced: $0.int(1), published: $0.isNull(2) ? nil : $0.int(2),
                   ends: $0.isNull(3) ? nil : $0.int(3), environment: ServiceEnvironment(rawValue: $0.string(4)) ?? .production)
              }) else {
            throw StoreError.notFound(entity: .notice, id: id)
        }
        let services = try database.rows("""
            SELECT s.key FROM notice_services ns JOIN services s ON s.id = ns.service_id
            WHERE ns.notice_id = ? ORDER BY s.key
            """, [.integer(id)]) { $0.string(0) }
        let acknowledgements = try database.rows("""
            SELECT c.name, c.org_number, a.state, a.state_at, a.sent_at, a.note, a.answered_by,
                   (SELECT count(*) FROM reminders r WHERE r.kind = \(RecordKind.notice.sql) AND r.record_id = a.notice_id
                    AND r.consumer_id = a.consumer_id)
            FROM notice_acknowledgements a INDEXED BY notice_answers_order JOIN consumers c ON c.id = a.consumer_id
            WHERE a.notice_id = ? ORDER BY \(Migrations.noticeAnswerRank), a.sort_name, a.consumer_id LIMIT ?
            """, [.integer(id), .integer(Int64(Self.noticeRecordConsumers))]) {
            Acknowledgement(consumerName: $0.string(0), organisationNumber: $0.string(1),
                            state: AcknowledgementState(rawValue: $0.string(2)) ?? .pending,
                            stateAt: $0.isNull(3) ? nil : $0.int(3), sentAt: $0.isNull(4) ? nil : $0.int(4),
                            note: $0.optionalString(5), answeredBy: $0.optionalString(6), remindersSent: $0.integer(7))
        }
        let answers = try database.rows("""
            SELECT received_at, sender, subject, body FROM inbound_mail WHERE notice_id = ? ORDER BY id DESC LIMIT 50
            """, [.integer(id)]) {
            ReceivedMessage(at: $0.int(0), from: $0.string(1), text: $0.string(3), subject: $0.string(2))
        }
        return NoticeDetail(row: row, body: facts.body, services: services, environment: facts.environment,
                            announcedAt: facts.announced, publishedAt: facts.published, endsAt: facts.ends,
                            acknowledgements: acknowledgements, answers: answers,
                            reportsToJoin: try reportsBeforeOutage(noticeID: id).count,
                            freezeWindow: policy.freezeWindows.first { $0.covers(row.effectiveAt) }?.name)
    }

    /// Counts a notice's audience, answers and consumers done again, after
    /// any change to its answers, in the same transaction.
    func recountNotice(_ id: Int64) throws {
        try database.run("""
            UPDATE change_notices SET
                audience = (SELECT count(*) FROM notice_acknowledgements a WHERE a.notice_id = ?1),
                answered = (SELECT count(*) FROM notice_acknowledgements a WHERE a.notice_id = ?1 AND a.state != \(AcknowledgementState.pending.sql)),
                done = (SELECT count(*) FROM notice_acknowledgements a WHERE a.notice_id = ?1
                        AND CASE WHEN change_notices.breaking = 1 THEN a.state IN \([AcknowledgementState.ready, .notAffected].sql)
                                 ELSE a.state != \(AcknowledgementState.pending.sql) END),
                version = version + 1
            WHERE id = ?1
            """, [.integer(id)])
    }
}
