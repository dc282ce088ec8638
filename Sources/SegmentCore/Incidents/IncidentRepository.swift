/// The incidents: every statement about the incidents table, its full-text
/// index and the imports that bring incidents. A row's priority, SLA
/// deadline and pane order are worked out by the store's policy and
/// written here; the kept counts follow from triggers.
public struct IncidentRepository {
    let database: Database
    /// The store's clock, for when an incident was last changed.
    let now: () -> Int64

    static let select = """
        SELECT \(IncidentColumn.list)
        FROM incidents i LEFT JOIN consumers c ON c.id = i.consumer_id JOIN services s ON s.id = i.service_id
        """

    /// A row of `select` (or of a query that starts with its columns).
    static func row(_ row: Row) -> IncidentRow {
        IncidentRow(id: row.int(IncidentColumn.id), priority: Priority(rawValue: row.integer(IncidentColumn.priority)) ?? .p5,
                    status: IncidentStatus(rawValue: row.string(IncidentColumn.status)) ?? .new,
                    receivedAt: row.int(IncidentColumn.receivedAt), slaDueAt: row.optionalInt64(IncidentColumn.slaDueAt),
                    consumerName: row.optionalString(IncidentColumn.consumerName), serviceKey: row.string(IncidentColumn.serviceKey),
                    title: row.string(IncidentColumn.title), errorCode: row.optionalString(IncidentColumn.errorCode),
                    hasUnreadReply: row.flag(IncidentColumn.unreadReply), version: row.integer(IncidentColumn.version),
                    key: [.integer(row.int(IncidentColumn.sortGroup)), .integer(row.int(IncidentColumn.sortTime)),
                          .integer(row.int(IncidentColumn.id))])
    }

    static let window = KeysetWindow(select: select, keyColumns: ["i.sort_group", "i.sort_time", "i.id"], filter: nil)

    /// SQL for the address a reply to the incident `i` goes to: its reporter's,
    /// else its consumer's technical contact's.
    static let replyAddress = """
        coalesce(i.reporter_email, (SELECT email FROM contacts WHERE consumer_id = i.consumer_id AND role = \(ContactRole.technical.sql)
                                    ORDER BY id LIMIT 1))
        """

    /// SQL for the language of the incident `i`'s reporter: its consumer's.
    static let reporterLanguage = "coalesce((SELECT language FROM consumers WHERE id = i.consumer_id), \(Language.bokmal.sql))"

    /// One screenful of the incidents pane. With a full-text `match`, the
    /// matches come from the index latest recorded first, streamed in its
    /// own order, so a filter matching most of a million incidents costs
    /// the same as one matching a few.
    func window(anchor: WindowAnchor, limit: Int, match: String?) throws -> [IncidentRow] {
        guard let match else { return try database.window(Self.window, anchor: anchor, filter: nil, limit: limit, map: Self.row) }
        let matchValue = SQLValue.text(match), limitValue = SQLValue.integer(Int64(limit))
        let newestFirst = "ORDER BY rowid DESC LIMIT ?3) ORDER BY i.id DESC"
        let oldestFirst = "ORDER BY rowid ASC LIMIT ?3) ORDER BY i.id ASC"
        func matches(_ rowidCondition: String, _ order: String, _ bound: Int64) throws -> [IncidentRow] {
            try database.rows("""
                \(Self.select) WHERE i.id IN (SELECT rowid FROM incidents_fts
                WHERE incidents_fts MATCH ?1 AND rowid \(rowidCondition) ?2 \(order)
                """, [matchValue, .integer(bound), limitValue], Self.filteredRow)
        }
        switch anchor {
        case .start: return try matches("<=", newestFirst, Int64.max)
        case .at(let key): return try matches("<=", newestFirst, Self.rowid(in: key))
        case .end: return try matches(">=", oldestFirst, 0).reversed()
        case .before(let key): return try matches(">", oldestFirst, Self.rowid(in: key)).reversed()
        }
    }

    /// A filtered row's key is its id alone: the order of the full-text index.
    private static func filteredRow(_ row: Row) -> IncidentRow {
        var incident = Self.row(row)
        incident.key = [.integer(incident.id)]
        return incident
    }

    private static func rowid(in key: [SQLValue]) -> Int64 {
        if case .integer(let id) = key.last { return id }
        return Int64.max
    }

    /// How many incidents there are (the sum of the per-day counts the
    /// triggers keep, a few hundred rows), or how many match a full-text
    /// `match`, counting at most `limit` + 1.
    func count(match: String?, limit: Int) throws -> Int {
        guard let match else { return try database.scalar("SELECT coalesce(sum(reports), 0) FROM incident_days") }
        return try database.scalar("SELECT count(*) FROM (SELECT 1 FROM incidents_fts WHERE incidents_fts MATCH ? LIMIT ?)",
                                   [.text(match), .integer(Int64(limit) + 1)])
    }

    /// The pane's key of incident `id`: its order, or with a full-text
    /// `match` its id when it matches; nil when it does not or is gone.
    func sortKey(id: Int64, match: String?) throws -> [SQLValue]? {
        guard let match else {
            return try database.first("SELECT sort_group, sort_time, id FROM incidents WHERE id = ?", [.integer(id)]) {
                [.integer($0.int(0)), .integer($0.int(1)), .integer($0.int(2))]
            }
        }
        let found = try database.first("SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH ? AND rowid = ?",
                                       [.text(match), .integer(id)]) { $0.int(0) }
        return found.map { [.integer($0)] }
    }

    /// An incident with its case, reporter and text; nil when there is none.
    func detail(id: Int64) throws -> IncidentDetail? {
        try database.first("""
            SELECT \(IncidentColumn.list), \(IncidentDetailColumn.list)
            FROM incidents i LEFT JOIN consumers c ON c.id = i.consumer_id JOIN services s ON s.id = i.service_id
            LEFT JOIN provider_cases pc ON pc.id = i.case_id
            WHERE i.id = ?
            """, [.integer(id)]) { row in
            typealias Column = IncidentDetailColumn
            return IncidentDetail(
                row: Self.row(row), externalID: row.string(Column.externalID),
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
    }

    /// The columns every new incident fills, in the order of its values.
    static let columns = """
        external_id, consumer_id, reporter_name, reporter_email, service_id, environment, received_at, title, body,
        error_code, correlation_id, kind, impact, urgency, priority, status, resolution, assignee, case_id, responded_at,
        sla_due_at, sort_group, sort_time, updated_at, import_id, received_fraction
        """
    /// One `(?, ...)` group with a parameter for each of `columns`.
    static let placeholders = "(" + Array(repeating: "?", count: columns.split(separator: ",").count).joined(separator: ", ") + ")"
    private static let insertOne = "INSERT INTO incidents (\(columns)) VALUES \(placeholders)"

    /// Writes one incident from the values of `columns`; returns its id.
    func insert(_ values: [SQLValue]) throws -> Int64 {
        try database.run(Self.insertOne, values)
        return database.lastInsertRowID
    }

    /// How many incidents one statement of `insertIfNew` writes: each
    /// statement costs SQLite a program start and a cursor on the table and
    /// every index, which a row at a time pays per incident.
    static let perStatement = 64
    private static let fullStatement = insertIfNew(rows: perStatement)

    private static func insertIfNew(rows: Int) -> String {
        let values = Array(repeating: placeholders, count: rows).joined(separator: ", ")
        return "INSERT OR FAIL INTO incidents (\(columns)) VALUES \(values) ON CONFLICT (consumer_id, external_id) DO NOTHING"
    }

    /// Writes `rows` incidents, each the values of `columns`, leaving out any
    /// whose consumer already sent one with the same external id; returns
    /// how many were added.
    func insertIfNew(_ values: [SQLValue], rows: Int) throws -> Int {
        try database.run(rows == Self.perStatement ? Self.fullStatement : Self.insertIfNew(rows: rows), values)
        return database.changes
    }

    /// The incident a consumer already sent with `externalID`, if any.
    func id(consumerID: Int64, externalID: String) throws -> Int64? {
        try database.first("SELECT id FROM incidents WHERE consumer_id = ? AND external_id = ?",
                           [.integer(consumerID), .text(externalID)], { $0.int(0) })
    }

    /// The newest incident's id, 0 when there is none.
    func newestID() throws -> Int64 {
        Int64(try database.scalar("SELECT coalesce(max(id), 0) FROM incidents") as Int)
    }

    /// Records an import of `file`; returns its id.
    func recordImport(of file: String) throws -> Int64 {
        try database.run("INSERT INTO imports (file) VALUES (?)", [.text(file)])
        return database.lastInsertRowID
    }

    /// The incidents added after `lastID`: id, service and when received, in order.
    func added(after lastID: Int64) throws -> [(id: Int64, service: Int64, receivedAt: Int64)] {
        try database.rows("SELECT id, service_id, received_at FROM incidents WHERE id > ? ORDER BY id", [.integer(lastID)]) {
            (id: $0.int(0), service: $0.int(1), receivedAt: $0.int(2))
        }
    }

    /// An incident's triage fields as undo restores them, its version and
    /// when it was received; nil when there is none.
    func snapshot(of id: Int64) throws -> (TriageSnapshot, Int, Int64)? {
        try database.first("""
            SELECT status, resolution, impact, urgency, assignee, responded_at, version, received_at, case_id
            FROM incidents WHERE id = ?
            """, [.integer(id)]) { row in
            (TriageSnapshot(status: IncidentStatus(rawValue: row.string(0)) ?? .new,
                            resolution: row.optionalString(1).flatMap(IncidentResolution.init),
                            assessment: Assessment(impact: row.integer(2), urgency: row.integer(3)),
                            assignee: row.optionalString(4), respondedAt: row.isNull(5) ? nil : row.int(5),
                            caseID: row.isNull(8) ? nil : row.int(8)),
             row.integer(6), row.int(7))
        }
    }

    /// Writes an incident's triage fields, its SLA deadline and pane order,
    /// if it is still at `expectedVersion`; false when someone changed it.
    func write(_ snapshot: TriageSnapshot, to id: Int64, expectedVersion: Int, due: Int64?, group: Int64, time: Int64) throws -> Bool {
        // The group is the ninth value, named ?9 where the statement uses it twice.
        try database.run("""
            UPDATE incidents SET status = ?, resolution = ?, impact = ?, urgency = ?, priority = ?, assignee = ?,
                responded_at = ?, sla_due_at = ?, sort_group = \(IncidentOrder.groupKeepingUnreadReply("?9")), sort_time = ?,
                updated_at = ?, case_id = ?,
                version = version + 1
            WHERE id = ? AND version = ?
            """, [.text(snapshot.status.rawValue), snapshot.resolution.map { .text($0.rawValue) } ?? .null,
                  .integer(Int64(snapshot.assessment.impact)), .integer(Int64(snapshot.assessment.urgency)),
                  .integer(Int64(snapshot.assessment.priority.rawValue)), snapshot.assignee.map(SQLValue.text) ?? .null,
                  snapshot.respondedAt.map(SQLValue.integer) ?? .null, due.map(SQLValue.integer) ?? .null,
                  .integer(group), .integer(time), .integer(now()),
                  snapshot.caseID.map(SQLValue.integer) ?? .null, .integer(id), .integer(Int64(expectedVersion))])
        return database.changes > 0
    }

    /// When an incident's unread reply came, its priority and status; nil when it has none.
    func unreadReply(id: Int64) throws -> (since: Int64, priority: Priority, status: IncidentStatus)? {
        try database.first("SELECT reply_unread_at, priority, status FROM incidents WHERE id = ? AND reply_unread_at IS NOT NULL",
                           [.integer(id)], {
            (since: $0.int(0), priority: Priority(rawValue: $0.integer(1)) ?? .p5, status: IncidentStatus(rawValue: $0.string(2)) ?? .new)
        })
    }

    /// Marks an incident's reply read, back in pane group `group`.
    func clearUnreadReply(id: Int64, group: Int64) throws {
        try database.run("UPDATE incidents SET reply_unread_at = NULL, sort_group = ? WHERE id = ?", [.integer(group), .integer(id)])
    }

    /// Marks a reply unread since `at`; an open incident heads the pane until it is read.
    func markReplyUnread(id: Int64, at: Int64) throws {
        try database.run("""
            UPDATE incidents SET reply_unread_at = coalesce(reply_unread_at, ?1),
                sort_group = CASE WHEN sort_group < \(IncidentOrder.doneGroup) THEN \(IncidentOrder.unreadReplyGroup) ELSE sort_group END
            WHERE id = ?2
            """, [.integer(at), .integer(id)])
    }

    /// The organisation number of an incident's consumer (nil inside for an
    /// unmatched one); nil when there is no such incident.
    func consumerNumber(id: Int64) throws -> String?? {
        try database.first("SELECT c.org_number FROM incidents i LEFT JOIN consumers c ON c.id = i.consumer_id WHERE i.id = ?",
                           [.integer(id)], { $0.optionalString(0) })
    }

    func setConsumer(_ consumerID: Int64, id: Int64) throws {
        try database.run("UPDATE incidents SET consumer_id = ?, updated_at = ?, version = version + 1 WHERE id = ?",
                         [.integer(consumerID), .integer(now()), .integer(id)])
    }

    /// The key of an incident's service; nil when there is no such incident.
    func serviceKey(id: Int64) throws -> String? {
        try database.first("SELECT s.key FROM incidents i JOIN services s ON s.id = i.service_id WHERE i.id = ?", [.integer(id)], { $0.string(0) })
    }

    func setService(_ serviceID: Int64, id: Int64) throws {
        try database.run("UPDATE incidents SET service_id = ?, updated_at = ?, version = version + 1 WHERE id = ?",
                         [.integer(serviceID), .integer(now()), .integer(id)])
    }

    /// Whether incident `id` exists.
    func exists(_ id: Int64) throws -> Bool {
        try database.first("SELECT 1 FROM incidents WHERE id = ?", [.integer(id)], { $0.int(0) }) != nil
    }

    /// What a reply to an incident's reporter needs: its reference, title,
    /// address and language; nil when there is no such incident.
    func replyFacts(id: Int64) throws -> (reference: String, title: String, address: String?, language: Language)? {
        try database.first("""
            SELECT i.external_id, i.title, \(Self.replyAddress), \(Self.reporterLanguage) FROM incidents i WHERE i.id = ?
            """, [.integer(id)], { (reference: $0.string(0), title: $0.string(1), address: $0.optionalString(2), language: $0.language(3)) })
    }

    /// What an announced outage needs of an open incident to absorb it.
    func outageFacts(id: Int64) throws
        -> (service: Int64, environment: String, receivedAt: Int64, caseID: Int64?, reference: String, recipient: String?,
            kind: String, code: String?, language: Language)? {
        try database.first("""
            SELECT i.service_id, i.environment, i.received_at, i.case_id, i.external_id, \(Self.replyAddress), i.kind,
                   i.error_code, \(Self.reporterLanguage)
            FROM incidents i WHERE i.id = ? AND i.sort_group < \(IncidentOrder.doneGroup)
            """, [.integer(id)], {
                (service: $0.int(0), environment: $0.string(1), receivedAt: $0.int(2), caseID: $0.isNull(3) ? nil : $0.int(3),
                 reference: $0.string(4), recipient: $0.optionalString(5), kind: $0.string(6), code: $0.optionalString(7),
                 language: $0.language(8))
            })
    }

    /// What becomes of a change request made a need: its title, text,
    /// service, consumer, kind and when received.
    func requestFacts(id: Int64) throws
        -> (title: String, body: String, service: Int64, consumer: Int64?, kind: String, receivedAt: Int64)? {
        try database.first("SELECT title, body, service_id, consumer_id, kind, received_at FROM incidents WHERE id = ?", [.integer(id)], {
            (title: $0.string(0), body: $0.optionalString(1) ?? "", service: $0.int(2), consumer: $0.isNull(3) ? nil : $0.int(3),
             kind: $0.string(4), receivedAt: $0.int(5))
        })
    }
}

extension Store {
    /// The incidents.
    public var incidents: IncidentRepository { IncidentRepository(database: database, now: now) }
}
