/// How the incidents pane orders rows: open incidents with a consumer's reply
/// nobody has opened first; then incidents waiting for the coordinator, most
/// urgent priority first and, within one priority, the longest waiting
/// first; then those the provider holds, oldest first; then done incidents,
/// newest first. Kept in `sort_group` and `sort_time`.
enum IncidentOrder {
    static let unreadReplyGroup: Int64 = 0
    static let withProviderGroup: Int64 = 6
    static let doneGroup: Int64 = 9

    /// SQL for the group of an incident whose group would otherwise be the
    /// parameter `parameter`: an open one with an unread reply stays first.
    static func groupKeepingUnreadReply(_ parameter: String) -> String {
        "CASE WHEN reply_unread_at IS NOT NULL AND \(parameter) < \(doneGroup) THEN \(unreadReplyGroup) ELSE \(parameter) END"
    }

    static func group(priority: Priority, status: IncidentStatus) -> Int64 {
        if !status.isOpen { return doneGroup }
        return status.stopsCoordinatorClock ? withProviderGroup : Int64(priority.rawValue)
    }

    static func time(receivedAt: Int64, status: IncidentStatus) -> Int64 {
        status.isOpen ? receivedAt : -receivedAt
    }
}

/// Counts for the header line: what is burning right now.
public struct Overview: Equatable, Sendable {
    public var newIncidents: Int
    public var openIncidents: Int
    public var slaBreaches: Int
    public var openCases: Int
    /// Consumers not done with a published notice whose deadline has passed.
    public var consumersNotReadyPastDeadline: Int
    /// Notices not yet published to the segment.
    public var draftNotices = 0
    /// The median time from publishing a notice to its effective time:
    /// how early the segment hears of changes. Nil before any is published.
    public var medianNoticeLeadTime: Int64?
    /// The newest agreement version, which every consumer should have accepted.
    public var currentAgreement: Int?
    /// Faults many consumers report that no open provider case covers yet.
    public var proposals: [GroupingProposal] = []
    /// Outgoing messages waiting for `outbox deliver`, and those whose last try failed.
    public var messagesQueued = 0
    public var messagesFailed = 0
    /// Open incidents from senders that matched no consumer, waiting to be attached.
    public var unmatchedIncidents = 0
    /// Open incidents with a consumer's reply that nobody has opened since
    /// (those that head the incidents pane).
    public var unreadReplies = 0
    /// True when this user may only read the database.
    public var readOnly = false
    /// The provider services and consumers registered: a segment starting
    /// from an empty file has none yet (nil before the first read).
    public var services: Int?
    /// Consumers at each onboarding stage (nil before the first read).
    public var consumersByStage: [OnboardingStage: Int]?
    public var consumers: Int? { consumersByStage?.values.reduce(0, +) }
    /// The file, for the commands that fill a new one.
    public var databasePath = ""

    /// Nothing counted yet, before the first read.
    public static let empty = Overview(newIncidents: 0, openIncidents: 0, slaBreaches: 0, openCases: 0,
                                       consumersNotReadyPastDeadline: 0, currentAgreement: nil, proposals: [],
                                       messagesQueued: 0, messagesFailed: 0)
}

/// The columns of an incidents-pane row, over `incidents i`, its consumer
/// `c` and its service `s`.
enum IncidentColumn: Int32, SelectColumn {
    case id, priority, status, receivedAt, slaDueAt, consumerName, serviceKey, title, errorCode, sortGroup, sortTime
    case unreadReply, version

    var sql: String {
        switch self {
        case .id: "i.id"
        case .priority: "i.priority"
        case .status: "i.status"
        case .receivedAt: "i.received_at"
        case .slaDueAt: "i.sla_due_at"
        case .consumerName: "c.name"
        case .serviceKey: "s.key"
        case .title: "i.title"
        case .errorCode: "i.error_code"
        case .sortGroup: "i.sort_group"
        case .sortTime: "i.sort_time"
        case .unreadReply: "i.reply_unread_at IS NOT NULL"
        case .version: "i.version"
        }
    }
}

/// The columns an incident's record reads after those of its row, with
/// its case `pc`.
enum IncidentDetailColumn: Int32, SelectColumn {
    case externalID = 13, kind, impact, urgency, environment, organisationNumber, reporterName, reporterEmail, body
    case correlationID, assignee, resolution, caseID, caseTitle

    var sql: String {
        switch self {
        case .externalID: "i.external_id"
        case .kind: "i.kind"
        case .impact: "i.impact"
        case .urgency: "i.urgency"
        case .environment: "i.environment"
        case .organisationNumber: "c.org_number"
        case .reporterName: "i.reporter_name"
        case .reporterEmail: "i.reporter_email"
        case .body: "i.body"
        case .correlationID: "i.correlation_id"
        case .assignee: "i.assignee"
        case .resolution: "i.resolution"
        case .caseID: "i.case_id"
        case .caseTitle: "pc.title"
        }
    }
}

extension Store {
    static let incidentSelect = """
        SELECT \(IncidentColumn.list)
        FROM incidents i LEFT JOIN consumers c ON c.id = i.consumer_id JOIN services s ON s.id = i.service_id
        """

    /// A row of `incidentSelect` (or of a query that starts with its columns).
    static func incidentRow(_ row: Row) -> IncidentRow {
        IncidentRow(id: row.int(IncidentColumn.id), priority: Priority(rawValue: row.integer(IncidentColumn.priority)) ?? .p5,
                    status: IncidentStatus(rawValue: row.string(IncidentColumn.status)) ?? .new,
                    receivedAt: row.int(IncidentColumn.receivedAt), slaDueAt: row.optionalInt64(IncidentColumn.slaDueAt),
                    consumerName: row.optionalString(IncidentColumn.consumerName), serviceKey: row.string(IncidentColumn.serviceKey),
                    title: row.string(IncidentColumn.title), errorCode: row.optionalString(IncidentColumn.errorCode),
                    hasUnreadReply: row.flag(IncidentColumn.unreadReply), version: row.integer(IncidentColumn.version),
                    key: [.integer(row.int(IncidentColumn.sortGroup)), .integer(row.int(IncidentColumn.sortTime)),
                          .integer(row.int(IncidentColumn.id))])
    }

    private static let incidentWindow = KeysetWindow(
        select: incidentSelect, keyColumns: ["i.sort_group", "i.sort_time", "i.id"], filter: nil)
    /// One screenful of the incidents pane. With a filter, the matches come
    /// from the full-text index latest recorded first, streamed in its own
    /// order, so a filter matching most of a million incidents costs the same
    /// as one matching a few.
    public func incidents(anchor: WindowAnchor, limit: Int, filter: String = "") throws -> [IncidentRow] {
        guard let match = try fullTextMatch(for: filter) else {
            return try database.window(Self.incidentWindow, anchor: anchor, filter: nil, limit: limit, map: Self.incidentRow)
        }
        let matchValue = SQLValue.text(match), limitValue = SQLValue.integer(Int64(limit))
        let newestFirst = "ORDER BY rowid DESC LIMIT ?3) ORDER BY i.id DESC"
        let oldestFirst = "ORDER BY rowid ASC LIMIT ?3) ORDER BY i.id ASC"
        func matches(_ rowidCondition: String, _ order: String, _ bound: Int64) throws -> [IncidentRow] {
            try database.rows("""
                \(Self.incidentSelect) WHERE i.id IN (SELECT rowid FROM incidents_fts
                WHERE incidents_fts MATCH ?1 AND rowid \(rowidCondition) ?2 \(order)
                """, [matchValue, .integer(bound), limitValue], Self.filteredIncidentRow)
        }
        switch anchor {
        case .start: return try matches("<=", newestFirst, Int64.max)
        case .at(let key): return try matches("<=", newestFirst, Self.rowid(in: key))
        case .end: return try matches(">=", oldestFirst, 0).reversed()
        case .before(let key): return try matches(">", oldestFirst, Self.rowid(in: key)).reversed()
        }
    }

    /// A filtered row's key is its id alone: the order of the full-text index.
    private static func filteredIncidentRow(_ row: Row) -> IncidentRow {
        var incident = incidentRow(row)
        incident.key = [.integer(incident.id)]
        return incident
    }

    private static func rowid(in key: [SQLValue]) -> Int64 {
        if case .integer(let id) = key.last { return id }
        return Int64.max
    }

    /// How many incidents the pane holds, and how many match `filter`,
    /// counting at most `limit` + 1 matches so a broad filter stays cheap.
    /// The whole is the sum of the per-day counts the triggers keep (a few
    /// hundred rows): counting a million incidents read 2,000 index pages
    /// before the first frame.
    public func incidentCount(filter: String = "", limit: Int = Int(Int32.max)) throws -> Int {
        guard let match = try fullTextMatch(for: filter) else {
            return try database.scalar("SELECT coalesce(sum(reports), 0) FROM incident_days")
        }
        return try database.scalar(
            "SELECT count(*) FROM (SELECT 1 FROM incidents_fts WHERE incidents_fts MATCH ? LIMIT ?)",
            [.text(match), .integer(Int64(limit) + 1)])
    }

    /// How many open incidents have an unread reply, read from the index that
    /// holds only incidents with one. The `+` keeps the group from being a
    /// search term: with it, SQLite would rather walk every open incident
    /// (28 ms among a million).
    static let openUnreadRepliesCount =
        "SELECT count(*) FROM incidents WHERE reply_unread_at IS NOT NULL AND +sort_group < \(IncidentOrder.doneGroup)"

    /// Open incidents whose SLA ran out before `?1`: the hours kept whole
    /// before it, and the open incidents due in its hour read from the index.
    static let openSLABreachesCount = """
        SELECT (SELECT coalesce(sum(incidents), 0) FROM open_incident_due_hours WHERE hour < ?1 / 3600)
             + (SELECT count(*) FROM incidents
                WHERE sort_group < \(IncidentOrder.doneGroup) AND sla_due_at >= ?1 / 3600 * 3600 AND sla_due_at < ?1)
        """

    /// Consumers that have not answered a notice whose deadline passed
    /// before `?1` (for a breaking change: are not ready). The notices are
    /// read first (CROSS JOIN keeps that order), then each one's answers by
    /// its key: left to itself, SQLite walked all 427,000 answers of a
    /// segment of 2,000 consumers and 200 notices (82 ms).
    static let consumersNotReadyCount = """
        SELECT count(DISTINCT a.consumer_id) FROM change_notices n CROSS JOIN notice_acknowledgements a ON a.notice_id = n.id
        WHERE n.published_at IS NOT NULL AND n.deadline < ?1 AND coalesce(n.ends_at, n.effective_at + 30 * 86400) >= ?1
          AND CASE WHEN n.breaking = 1 THEN a.state NOT IN \([AcknowledgementState.ready, .notAffected].sql) ELSE a.state = \(AcknowledgementState.pending.sql) END
        """

    /// Messages waiting to be sent, from the covering index of unsent statuses.
    static let queuedMessagesCount = "SELECT count(*) FROM outbox WHERE status != \(OutboxMessage.Status.sent.sql) AND status = \(OutboxMessage.Status.queued.sql)"

    /// Consumers per onboarding stage, from the covering index of stages.
    static let consumersByStageCount = "SELECT stage, count(*) FROM consumers GROUP BY stage"

    /// The header's counts, each read from counts the triggers keep or from
    /// a partial or covering index.
    public func overview() throws -> Overview {
        Overview(
            newIncidents: try database.scalar("SELECT coalesce(sum(incidents), 0) FROM open_incident_statuses WHERE status = \(IncidentStatus.new.sql)"),
            openIncidents: try database.scalar("SELECT coalesce(sum(incidents), 0) FROM open_incident_statuses"),
            slaBreaches: try database.scalar(Self.openSLABreachesCount, [.integer(now())]),
            openCases: try database.scalar("SELECT count(*) FROM provider_cases WHERE sort_group = 0"),
            consumersNotReadyPastDeadline: try database.scalar(Self.consumersNotReadyCount, [.integer(now())]),
            draftNotices: try database.scalar("SELECT count(*) FROM change_notices WHERE published_at IS NULL"),
            medianNoticeLeadTime: try database.first("""
                SELECT effective_at - published_at FROM change_notices WHERE published_at IS NOT NULL ORDER BY 1
                LIMIT 1 OFFSET (SELECT count(*) / 2 FROM change_notices WHERE published_at IS NOT NULL)
                """, [], { $0.int(0) }),
            currentAgreement: try currentAgreementVersion(),
            proposals: try groupingProposals(),
            messagesQueued: try database.scalar(Self.queuedMessagesCount),
            messagesFailed: try database.scalar("""
                SELECT count(*) FROM outbox WHERE status != \(OutboxMessage.Status.sent.sql) AND status IN \([OutboxMessage.Status.failed, .uncertain].sql)
                """),
            unmatchedIncidents: try database.scalar(
                "SELECT count(*) FROM incidents WHERE consumer_id IS NULL AND sort_group < \(IncidentOrder.doneGroup)"),
            unreadReplies: try database.scalar(Self.openUnreadRepliesCount),
            readOnly: isReadOnly,
            services: try database.scalar("SELECT count(*) FROM services WHERE key != ?", [.text(Self.unsortedServiceKey)]),
            consumersByStage: Dictionary(uniqueKeysWithValues: try database.rows(Self.consumersByStageCount) { row -> (OnboardingStage, Int)? in
                    OnboardingStage(rawValue: row.string(0)).map { ($0, row.integer(1)) }
                }.compactMap { $0 }),
            databasePath: path)
    }

    /// An incident with its case, reporter and text.
    public func incident(id: Int64) throws -> IncidentDetail {
        let detail = try database.first("""
            SELECT \(IncidentColumn.list), \(IncidentDetailColumn.list)
            FROM incidents i LEFT JOIN consumers c ON c.id = i.consumer_id JOIN services s ON s.id = i.service_id
            LEFT JOIN provider_cases pc ON pc.id = i.case_id
            WHERE i.id = ?
            """, [.integer(id)]) { row in
            typealias Column = IncidentDetailColumn
            return IncidentDetail(
                row: Self.incidentRow(row), externalID: row.string(Column.externalID),
                kind: IncidentKind(rawValue: row.string(Column.kind)) ?? .error,
                assessment: Assessment(impact: row.integer(Column.impact), urgency: row.integer(Column.urgency)),
                environment: ServiceEnvironment(rawValue: row.string(Column.environment)) ?? .production,
                organisationNumber: row.optionalString(Column.organisationNumber), reporterName: row.optionalString(Column.reporterName),
                reporterEmail: row.optionalString(Column.reporterEmail), body: row.string(Column.body),
                correlationID: row.optionalString(Column.correlationID), assignee: row.optionalString(Column.assignee),
                resolution: row.optionalString(Column.resolution).flatMap(IncidentResolution.init),
                caseID: row.optionalInt64(Column.caseID), caseTitle: row.optionalString(Column.caseTitle),
                version: row.integer(IncidentColumn.version))
        }
        guard var detail else { throw StoreError.notFound(entity: .incident, id: id) }
        if detail.row.errorCode != nil {
            detail.consumersWithSameFault = try consumersWithSameFault(as: id)
            detail.sameFaultWindow = policy.grouping.window
        } else {
            detail.possiblySame = try possiblySame(as: id)
        }
        detail.replies = try receivedMessages(incidentID: id)
        return detail
    }
}
