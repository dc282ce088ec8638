/// The provider's change and outage notices: every statement about the
/// change notices and notice services tables (who each notice reaches and
/// their answers are `NoticeAudienceRepository`'s). A notice's search text
/// is written with its title and kind.
public struct NoticeRepository {
    let database: Database
    /// The store's clock: a notice's status and pane order follow from it.
    let now: () -> Int64

    /// The notices pane's rows in pane order: drafts first, newest first;
    /// then published notices still ahead or in force, by effective time; then
    /// the past, newest first. Status and order follow from `now`, never from
    /// a stored flag, so an outage whose end has passed shows ended.
    static func window(at now: Int64) -> KeysetWindow {
        KeysetWindow(select: """
            SELECT \(NoticeColumn.list)
            FROM (SELECT c.*, \(status(of: "c", at: now)) AS status,
                    CASE WHEN c.withdrawn_at IS NOT NULL THEN 2 WHEN c.published_at IS NULL THEN 0
                         WHEN coalesce(c.ends_at, c.effective_at + 7 * 86400) >= \(now) THEN 1 ELSE 2 END AS pane_group,
                    CASE WHEN c.withdrawn_at IS NOT NULL THEN -c.effective_at WHEN c.published_at IS NULL THEN -c.announced_at
                         WHEN coalesce(c.ends_at, c.effective_at + 7 * 86400) >= \(now) THEN c.effective_at
                         ELSE -c.effective_at END AS pane_time
                  FROM change_notices c) n
            """, keyColumns: ["n.pane_group", "n.pane_time", "n.id"], filter: nil)
    }

    /// A notice's status at `now` as SQL over the notice row `alias`:
    /// withdrawn once withdrawn, else a draft until published, ended once
    /// past its `ends_at`. The pane and the export both read it, so they
    /// cannot disagree.
    static func status(of alias: String, at now: Int64) -> String {
        """
        CASE WHEN \(alias).withdrawn_at IS NOT NULL THEN \(NoticeStatus.withdrawn.sql) WHEN \(alias).published_at IS NULL THEN \(NoticeStatus.draft.sql) WHEN \(alias).ends_at < \(now) THEN \(NoticeStatus.ended.sql) ELSE \(NoticeStatus.published.sql) END
        """
    }

    static func row(_ row: Row) -> NoticeRow {
        typealias Column = NoticeColumn
        return NoticeRow(id: row.int(Column.id), kind: NoticeKind(rawValue: row.string(Column.kind)) ?? .datasetChange,
                         title: row.string(Column.title), breaking: row.flag(Column.breaking), effectiveAt: row.int(Column.effectiveAt),
                         deadline: row.optionalInt64(Column.deadline), status: NoticeStatus(rawValue: row.string(Column.status)) ?? .draft,
                         audience: row.integer(Column.audience), answered: row.integer(Column.answered), done: row.integer(Column.done),
                         key: [.integer(row.int(Column.paneGroup)), .integer(row.int(Column.paneTime)), .integer(row.int(Column.id))])
    }

    /// One screenful of the change notices pane.
    public func window(anchor: WindowAnchor, limit: Int, filter: String = "") throws -> [NoticeRow] {
        try database.smallPaneWindow(Self.window(at: now()), anchor: anchor, limit: limit, filter: filter, map: Self.row)
    }

    /// The pane's key of record `id` under `filter`, or nil when the pane does not show it.
    public func sortKey(id: Int64, filter: String) throws -> [SQLValue]? {
        try database.smallPaneKey(Self.window(at: now()), id: id, filter: filter, map: Self.row, key: \.key)
    }

    /// How many notices there are, and how many match `filter`.
    public func count(filter: String = "") throws -> Int {
        try database.smallPaneCount(table: "change_notices", filter: filter)
    }

    /// The pane's row of notice `id`.
    func row(id: Int64) throws -> NoticeRow? {
        try database.first("\(Self.window(at: now()).select) WHERE n.id = ?", [.integer(id)], Self.row)
    }

    /// What a notice's record shows beside its row.
    func facts(id: Int64) throws -> (body: String, announced: Int64, published: Int64?, ends: Int64?, environment: ServiceEnvironment)? {
        try database.first("SELECT body, announced_at, published_at, ends_at, environment FROM change_notices WHERE id = ?",
                           [.integer(id)], {
            (body: $0.string(0), announced: $0.int(1), published: $0.isNull(2) ? nil : $0.int(2),
             ends: $0.isNull(3) ? nil : $0.int(3), environment: ServiceEnvironment(rawValue: $0.string(4)) ?? .production)
        })
    }

    /// The keys of a notice's services, in order.
    func serviceKeys(noticeID: Int64) throws -> [String] {
        try database.rows("""
            SELECT s.key FROM notice_services ns JOIN services s ON s.id = ns.service_id WHERE ns.notice_id = ? ORDER BY s.key
            """, [.integer(noticeID)]) { $0.string(0) }
    }

    /// Whether notice `id` exists.
    func exists(_ id: Int64) throws -> Bool {
        try database.first("SELECT 1 FROM change_notices WHERE id = ?", [.integer(id)], { $0.int(0) }) != nil
    }

    /// The mail kept on a notice, newest first.
    func mail(noticeID: Int64) throws -> [ReceivedMessage] {
        try database.rows("SELECT received_at, sender, subject, body FROM inbound_mail WHERE notice_id = ? ORDER BY id DESC LIMIT 50",
                          [.integer(noticeID)]) {
            ReceivedMessage(at: $0.int(0), from: $0.string(1), text: $0.string(3), subject: $0.string(2))
        }
    }

    /// The name of the provider that announced notice `id`.
    func providerName(noticeID: Int64) throws -> String? {
        try database.first("SELECT p.name FROM change_notices n JOIN providers p ON p.id = n.provider_id WHERE n.id = ?",
                           [.integer(noticeID)], { $0.string(0) })
    }

    /// Whether the provider announced a notice of this kind, title and effective time before.
    func exists(providerID: Int64, kind: NoticeKind, title: String, effectiveAt: Int64) throws -> Bool {
        try database.first("""
            SELECT 1 FROM change_notices WHERE provider_id = ? AND kind = ? AND title = ? AND effective_at = ?
            """, [.integer(providerID), .text(kind.rawValue), .text(title), .integer(effectiveAt)], { $0.int(0) }) != nil
    }

    /// Adds a notice for `serviceIDs` reaching `consumerIDs`, of which
    /// `acknowledged` have answered (consumer id, when); published to them
    /// at `publishedAt`, else a draft that has reached nobody.
    func add(providerID: Int64, kind: NoticeKind, title: String, body: String, breaking: Bool, announcedAt: Int64,
             publishedAt: Int64?, effectiveAt: Int64, endsAt: Int64?, deadline: Int64?, environment: ServiceEnvironment,
             serviceIDs: [Int64], consumerIDs: [Int64], acknowledged: [Int64: Int64]) throws -> Int64 {
        try database.run("""
            INSERT INTO change_notices (provider_id, kind, title, body, breaking, announced_at, published_at,
                effective_at, ends_at, deadline, environment, search_text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.integer(providerID), .text(kind.rawValue), .text(title), .text(body), .integer(breaking ? 1 : 0),
                  .integer(announcedAt), publishedAt.map(SQLValue.integer) ?? .null, .integer(effectiveAt),
                  endsAt.map(SQLValue.integer) ?? .null, deadline.map(SQLValue.integer) ?? .null,
                  .text(environment.rawValue), .text(SmallPaneFilter.searchText(title, kind.label))])
        let id = database.lastInsertRowID
        for serviceID in serviceIDs {
            try database.run("INSERT INTO notice_services (notice_id, service_id) VALUES (?, ?)", [.integer(id), .integer(serviceID)])
        }
        for consumerID in consumerIDs {
            let answered = acknowledged[consumerID]
            try database.run("""
                INSERT INTO notice_acknowledgements (notice_id, consumer_id, sent_at, acknowledged_at, state, state_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """, [.integer(id), .integer(consumerID), publishedAt.map(SQLValue.integer) ?? .null,
                      answered.map(SQLValue.integer) ?? .null,
                      .text(answered == nil ? AcknowledgementState.pending.rawValue : AcknowledgementState.acknowledged.rawValue),
                      answered.map(SQLValue.integer) ?? .null])
        }
        try NoticeAudienceRepository(database: database, now: now).recount(id)
        return id
    }

    /// A notice's kind, whether it breaks existing use, whether it is a draft, and its title.
    func classification(id: Int64) throws -> (kind: String, breaking: Bool, draft: Bool, title: String)? {
        try database.first("SELECT kind, breaking, published_at IS NULL, title FROM change_notices WHERE id = ?", [.integer(id)], {
            (kind: $0.string(0), breaking: $0.integer(1) != 0, draft: $0.integer(2) != 0, title: $0.string(3))
        })
    }

    func classify(id: Int64, kind: NoticeKind, breaking: Bool, title: String) throws {
        try database.run("UPDATE change_notices SET kind = ?, breaking = ?, search_text = ?, version = version + 1 WHERE id = ?",
                         [.text(kind.rawValue), .integer(breaking ? 1 : 0), .text(SmallPaneFilter.searchText(title, kind.label)),
                          .integer(id)])
    }

    /// Whether notice `id` is still a draft.
    func isDraft(_ id: Int64) throws -> Bool {
        try database.first("SELECT published_at IS NULL FROM change_notices WHERE id = ?", [.integer(id)], { $0.integer(0) != 0 }) ?? false
    }

    /// Marks notice `id` published now, unless it was before.
    func markPublished(_ id: Int64) throws {
        try database.run("UPDATE change_notices SET published_at = coalesce(published_at, ?), version = version + 1 WHERE id = ?",
                         [.integer(now()), .integer(id)])
    }

    /// Published notices still ahead of their deadline (else their
    /// effective time) and not ended: id and that deadline.
    func awaitingAnswers() throws -> [(id: Int64, deadline: Int64)] {
        try database.rows("""
            SELECT id, coalesce(deadline, effective_at) FROM change_notices
            WHERE published_at IS NOT NULL AND withdrawn_at IS NULL AND coalesce(deadline, effective_at) >= ?1 AND coalesce(ends_at, ?1) >= ?1
            ORDER BY id
            """, [.integer(now())]) { (id: $0.int(0), deadline: $0.int(1)) }
    }

    /// The periods of the provider's outage notices, per service.
    func outagePeriods() throws -> [Int64: [ClosedRange<Int64>]] {
        var periods: [Int64: [ClosedRange<Int64>]] = [:]
        try database.forEach("""
            SELECT ns.service_id, n.effective_at, coalesce(n.ends_at, 9223372036854775807)
            FROM change_notices n JOIN notice_services ns ON ns.notice_id = n.id
            WHERE n.kind = \(NoticeKind.deviation.sql) AND n.withdrawn_at IS NULL
              AND coalesce(n.ends_at, 9223372036854775807) >= n.effective_at
            """) { periods[$0.int(0), default: []].append($0.int(1)...$0.int(2)) }
        return periods
    }

    /// The outage notice in force on a service at `time`, the latest to take effect.
    func outage(service: Int64, at time: Int64) throws -> (id: Int64, title: String, endsAt: Int64?)? {
        try database.first("""
            SELECT n.id, n.title, n.ends_at FROM change_notices n JOIN notice_services ns ON ns.notice_id = n.id
            WHERE ns.service_id = ? AND n.kind = \(NoticeKind.deviation.sql) AND n.withdrawn_at IS NULL AND n.effective_at <= ?
              AND (n.ends_at IS NULL OR n.ends_at >= ?)
            ORDER BY n.effective_at DESC LIMIT 1
            """, [.integer(service), .integer(time), .integer(time)], {
                (id: $0.int(0), title: $0.string(1), endsAt: $0.isNull(2) ? nil : $0.int(2))
            })
    }

    /// The consumer ids `audience` reaches, in id order.
    func consumers(in audience: NoticeAudience) throws -> [Int64] {
        guard !audience.serviceIDs.isEmpty, !audience.stages.isEmpty else { return [] }
        let services = Array(repeating: "?", count: audience.serviceIDs.count).joined(separator: ", ")
        let stages = Array(repeating: "?", count: audience.stages.count).joined(separator: ", ")
        return try database.rows("""
            SELECT DISTINCT cs.consumer_id FROM consumer_services cs JOIN consumers c ON c.id = cs.consumer_id
            WHERE cs.service_id IN (\(services)) AND c.stage IN (\(stages)) ORDER BY cs.consumer_id
            """, audience.serviceIDs.map(SQLValue.integer) + audience.stages.map { .text($0.rawValue) }) { $0.int(0) }
    }

    /// The provider whose address, or mail domain, `address` is.
    func provider(mailedFrom address: String, domain: String) throws -> Int64? {
        try database.first("""
            SELECT id FROM providers WHERE email = ?1 COLLATE NOCASE
                OR (?2 != '' AND substr(email, instr(email, '@') + 1) = ?2 COLLATE NOCASE)
            ORDER BY email != ?1 COLLATE NOCASE, id LIMIT 1
            """, [.text(address), .text(domain)], { $0.int(0) })
    }

    /// A provider's services but `except`, by key.
    func services(providerID: Int64, except key: String) throws -> [(id: Int64, key: String)] {
        try database.rows("SELECT id, key FROM services WHERE provider_id = ? AND key != ? ORDER BY key",
                          [.integer(providerID), .text(key)]) { (id: $0.int(0), key: $0.string(1)) }
    }

    /// Each provider's id by its key.
    func providerIDs() throws -> [String: Int64] {
        Dictionary(uniqueKeysWithValues: try database.rows("SELECT key, id FROM providers") { ($0.string(0), $0.int(1)) })
    }
}

extension Store {
    /// The provider's change and outage notices.
    public var notices: NoticeRepository { NoticeRepository(database: database, now: now) }
}
