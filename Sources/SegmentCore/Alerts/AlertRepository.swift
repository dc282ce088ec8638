/// Every statement about the `alerts` and `alert_items` tables.
public struct AlertRepository {
    let database: Database

    private static let columns = """
        id, rule, priority, title, record_kind, record_id, items, raised_at, level, held, sent_to, last_sent_at,
        acknowledged_at, acknowledged_by, command_error, version
        """

    private static func alert(_ row: Row) -> Alert {
        let kind = row.optionalString(4).flatMap(RecordKind.init(rawValue:))
        return Alert(id: row.int(0), rule: AlertRule(rawValue: row.string(1)) ?? .newReport, priority: Priority(rawValue: row.integer(2)) ?? .p1,
                     title: row.string(3), record: kind.flatMap { $0.reference(row.int(5)) }, items: row.integer(6), raisedAt: row.int(7),
                     level: row.integer(8), held: row.integer(9) == 1, sentTo: row.string(10).split(separator: " ").map(String.init),
                     lastSentAt: row.optionalInt(11).map(Int64.init), acknowledgedAt: row.optionalInt(12).map(Int64.init),
                     acknowledgedBy: row.optionalString(13), commandError: row.optionalString(14), version: row.integer(15))
    }

    /// Open alerts, newest first, at most `limit`.
    public func open(limit: Int = 200) throws -> [Alert] {
        try database.rows("SELECT \(Self.columns) FROM alerts WHERE acknowledged_at IS NULL ORDER BY raised_at DESC, id DESC LIMIT ?",
                          [.integer(Int64(limit))], Self.alert)
    }

    /// How many alerts wait for someone to acknowledge them.
    public func openCount() throws -> Int {
        try database.scalar("SELECT count(*) FROM alerts WHERE acknowledged_at IS NULL")
    }

    public func alert(_ id: Int64) throws -> Alert? {
        try database.first("SELECT \(Self.columns) FROM alerts WHERE id = ?", [.integer(id)], Self.alert)
    }

    /// The open alert of `group` raised at or after `since`, which new facts of the group join.
    func openAlert(group: String, since: Int64) throws -> Int64? {
        try database.first("SELECT id FROM alerts WHERE acknowledged_at IS NULL AND raised_at >= ? AND group_key = ? ORDER BY id DESC LIMIT 1",
                           [.integer(since), .text(group)]) { $0.int(0) }
    }

    /// The open alert that holds a fact about the record `item` names
    /// (`incident:12:...`): a clock of a report someone is already being
    /// woken for joins that alert instead of waking them again. Read from
    /// the items' unique index as a range: every item of the record sorts
    /// between `incident:12:` and `incident:12;`.
    func openAlert(coveringRecordOf item: String) throws -> Int64? {
        let parts = item.split(separator: ":", maxSplits: 2)
        guard parts.count == 3 else { return nil }
        let prefix = "\(parts[0]):\(parts[1]):"
        return try database.first("""
            SELECT a.id FROM alert_items i JOIN alerts a ON a.id = i.alert_id
            WHERE i.item >= ?1 AND i.item < ?2 AND a.acknowledged_at IS NULL ORDER BY a.id DESC LIMIT 1
            """, [.text(prefix), .text(String(prefix.dropLast()) + ";")]) { $0.int(0) }
    }

    func insert(_ fact: AlertFact, title: String, at now: Int64) throws -> Int64 {
        try database.run("""
            INSERT INTO alerts (rule, group_key, priority, title, record_kind, record_id, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, [.text(fact.rule.rawValue), .text(fact.group), .integer(Int64(fact.priority.rawValue)), .text(title),
                  .text(fact.record.rawValue), .integer(fact.recordID), .integer(now)])
        return database.lastInsertRowID
    }

    /// Files `facts` under alert `id`: each is then never alerted again.
    func add(_ facts: [AlertFact], to id: Int64) throws {
        for fact in facts {
            try database.run("INSERT OR IGNORE INTO alert_items (item, alert_id, consumer_id, fact) VALUES (?, ?, ?, ?)",
                             [.text(fact.item), .integer(id), fact.consumerID.map(SQLValue.integer) ?? .null, .text(fact.line)])
        }
    }

    /// How many facts of its `rule` alert `id` holds and from how many consumers.
    func size(of id: Int64, rule: AlertRule) throws -> (items: Int, consumers: Int) {
        try database.first("SELECT count(*), count(DISTINCT consumer_id) FROM alert_items WHERE alert_id = ? AND item LIKE ?",
                           [.integer(id), .text(rule.itemPattern)]) { ($0.integer(0), $0.integer(1)) } ?? (0, 0)
    }

    /// The facts' lines, oldest first, at most `limit`.
    public func facts(of id: Int64, limit: Int = 20) throws -> [String] {
        try database.rows("SELECT fact FROM alert_items WHERE alert_id = ? ORDER BY id LIMIT ?", [.integer(id), .integer(Int64(limit))]) {
            $0.string(0)
        }
    }

    func retitle(_ id: Int64, title: String, items: Int, priority: Priority) throws {
        try database.run("UPDATE alerts SET title = ?, items = ?, priority = min(priority, ?), version = version + 1 WHERE id = ?",
                         [.text(title), .integer(Int64(items)), .integer(Int64(priority.rawValue)), .integer(id)])
    }

    /// Open alerts no one has been told of yet.
    func unsent() throws -> [Alert] {
        try database.rows("SELECT \(Self.columns) FROM alerts WHERE acknowledged_at IS NULL AND level = 0 ORDER BY id", [], Self.alert)
    }

    /// Open alerts sent at or before `before` and not yet at the ladder's top.
    func unanswered(sentBefore before: Int64) throws -> [Alert] {
        try database.rows("""
            SELECT \(Self.columns) FROM alerts WHERE acknowledged_at IS NULL AND level BETWEEN 1 AND 2 AND last_sent_at <= ? ORDER BY id
            """, [.integer(before)], Self.alert)
    }

    func hold(_ id: Int64) throws {
        try database.run("UPDATE alerts SET held = 1 WHERE id = ?", [.integer(id)])
    }

    func sent(_ id: Int64, level: Int, to address: String, at now: Int64) throws {
        try database.run("""
            UPDATE alerts SET level = ?, held = 0, last_sent_at = ?, sent_to = trim(sent_to || ' ' || ?), version = version + 1 WHERE id = ?
            """, [.integer(Int64(level)), .integer(now), .text(address), .integer(id)])
    }

    /// Marks alert `id` acknowledged unless someone did first; true when this did.
    func acknowledge(_ id: Int64, at now: Int64, by who: String) throws -> Bool {
        try database.run("UPDATE alerts SET acknowledged_at = ?, acknowledged_by = ?, version = version + 1 WHERE id = ? AND acknowledged_at IS NULL",
                         [.integer(now), .text(who), .integer(id)])
        return database.changes == 1
    }

    func recordCommandError(_ id: Int64, _ error: String?) throws {
        try database.run("UPDATE alerts SET command_error = ? WHERE id = ?", [error.map(SQLValue.text) ?? .null, .integer(id)])
    }
}

extension Store {
    /// The alerts to the person on call.
    public var alerts: AlertRepository { AlertRepository(database: database) }
}
