/// The segment's needs: every statement about the needs, need services,
/// need backings and need merges tables. A need's score, pane order and
/// search text are kept here, by `rescore`, which every writer calls.
public struct NeedRepository {
    let database: Database

    static let select = "SELECT \(NeedColumn.list) FROM needs"
    static let window = KeysetWindow(select: select, keyColumns: ["sort_group", "sort_score", "id"], filter: nil)

    static func row(_ row: Row) -> NeedRow {
        typealias Column = NeedColumn
        return NeedRow(id: row.int(Column.id), title: row.string(Column.title), status: NeedStatus(rawValue: row.string(Column.status)) ?? .collected,
                       backers: row.integer(Column.backers), score: row.integer(Column.score),
                       legal: row.optionalString(Column.legal).flatMap(LegalBasis.init(rawValue:)), version: row.integer(Column.version),
                       key: [.integer(row.int(Column.sortGroup)), .integer(row.int(Column.sortScore)), .integer(row.int(Column.id))])
    }

    /// One screenful of the needs pane: open first, the highest score first.
    public func window(anchor: WindowAnchor, limit: Int, filter: String = "") throws -> [NeedRow] {
        try database.smallPaneWindow(Self.window, anchor: anchor, limit: limit, filter: filter, map: Self.row)
    }

    /// The pane's key of record `id` under `filter`, or nil when the pane does not show it.
    public func sortKey(id: Int64, filter: String) throws -> [SQLValue]? {
        try database.smallPaneKey(Self.window, id: id, filter: filter, map: Self.row, key: \.key)
    }

    /// How many needs there are, and how many match `filter`.
    public func count(filter: String = "") throws -> Int {
        try database.smallPaneCount(table: "needs", filter: filter)
    }

    /// A need with who raised it, its services and its backers (the first
    /// 250, most important first).
    func detail(id: Int64) throws -> NeedDetail? {
        guard let row = try database.first("\(Self.select) WHERE id = ?", [.integer(id)], Self.row),
              var detail = try database.first("""
                  SELECT n.description, c.name, n.raised_at, n.legal_note, n.merged_into, n.decision_reference, n.decided_at
                  FROM needs n LEFT JOIN consumers c ON c.id = n.raised_by WHERE n.id = ?
                  """, [.integer(id)], {
                      NeedDetail(row: row, description: $0.string(0), raisedBy: $0.optionalString(1), raisedAt: $0.int(2),
                                 services: [], backings: [], legalNote: $0.optionalString(3),
                                 mergedInto: $0.isNull(4) ? nil : $0.int(4), decisionReference: $0.optionalString(5),
                                 decidedAt: $0.isNull(6) ? nil : $0.int(6))
                  }) else { return nil }
        detail.services = try database.rows("""
            SELECT s.key FROM need_services ns JOIN services s ON s.id = ns.service_id WHERE ns.need_id = ? ORDER BY s.key
            """, [.integer(id)]) { $0.string(0) }
        detail.backings = try database.rows("""
            SELECT c.name, c.org_number, b.importance, b.use_case FROM need_backings b JOIN consumers c ON c.id = b.consumer_id
            WHERE b.need_id = ? ORDER BY b.importance, c.sort_name LIMIT 250
            """, [.integer(id)]) {
            Backing(consumerName: $0.string(0), organisationNumber: $0.string(1),
                    importance: Importance(rawValue: $0.integer(2)) ?? .important, useCase: $0.optionalString(3))
        }
        return detail
    }

    /// Every backer of a need, most important first, by name, for a proposal.
    func backers(need: Int64) throws -> [MinistryProposal.Backer] {
        try database.rows("""
            SELECT c.name, c.org_number, b.importance, b.use_case FROM need_backings b JOIN consumers c ON c.id = b.consumer_id
            WHERE b.need_id = ? ORDER BY b.importance, c.sort_name
            """, [.integer(need)]) {
            MinistryProposal.Backer(name: $0.string(0), organisationNumber: $0.string(1),
                                    importance: Importance(rawValue: $0.integer(2)) ?? .important, useCase: $0.optionalString(3))
        }
    }

    /// Adds a need with its services; its backers and score come after.
    func insert(title: String, description: String, raisedBy: Int64?, status: NeedStatus, legal: LegalBasis?, raisedAt: Int64,
                serviceIDs: [Int64]) throws -> Int64 {
        try database.run("""
            INSERT INTO needs (title, description, raised_by, status, legal, raised_at, search_text, sort_group, sort_score)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)
            """, [.text(title), .text(description), raisedBy.map(SQLValue.integer) ?? .null, .text(status.rawValue),
                  legal.map { .text($0.rawValue) } ?? .null, .integer(raisedAt),
                  .text(SmallPaneFilter.searchText(title, status.label)), .integer(status.isOpen ? 0 : 1)])
        let id = database.lastInsertRowID
        for serviceID in serviceIDs {
            try database.run("INSERT INTO need_services (need_id, service_id) VALUES (?, ?)", [.integer(id), .integer(serviceID)])
        }
        return id
    }

    /// Whether a consumer raised a need with this title (in any case) before.
    /// The number the next need gets.
    func nextID() throws -> Int64 {
        Int64(try database.scalar("SELECT coalesce(max(id), 0) + 1 FROM needs") as Int)
    }

    func raised(by consumer: Int64, title: String) throws -> Bool {
        try database.first("SELECT 1 FROM needs WHERE raised_by = ? AND title = ? COLLATE NOCASE",
                           [.integer(consumer), .text(title)], { $0.int(0) }) != nil
    }

    /// A consumer's backing of a need, or a new importance and use case for it.
    func writeBacking(need: Int64, consumer: Int64, importance: Importance, useCase: String?, at: Int64) throws {
        try database.run("""
            INSERT INTO need_backings (need_id, consumer_id, weight, backed_at, importance, use_case) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
            ON CONFLICT (need_id, consumer_id) DO UPDATE SET importance = ?5, weight = ?3, use_case = coalesce(?6, use_case)
            """, [.integer(need), .integer(consumer), .integer(Int64(4 - importance.rawValue)), .integer(at),
                  .integer(Int64(importance.rawValue)), useCase.map(SQLValue.text) ?? .null])
    }

    /// The importance a consumer backs a need with, nil when it does not.
    func backingImportance(need: Int64, consumer: Int64) throws -> Int? {
        try database.first("SELECT importance FROM need_backings WHERE need_id = ? AND consumer_id = ?",
                           [.integer(need), .integer(consumer)], { $0.integer(0) })
    }

    /// Counts a need's backers and its score again (each backing weighs
    /// `weights[importance - 1]`), and its pane order and search text.
    func rescore(_ id: Int64, weights: [Int]) throws {
        try database.run("""
            UPDATE needs SET backers = (SELECT count(*) FROM need_backings WHERE need_id = ?1),
                score = (SELECT coalesce(sum(CASE importance WHEN 1 THEN ?2 WHEN 2 THEN ?3 ELSE ?4 END), 0)
                         FROM need_backings WHERE need_id = ?1),
                version = version + 1
            WHERE id = ?1
            """, [.integer(id)] + weights.map { SQLValue.integer(Int64($0)) })
        let titleAndStatus = try database.first("SELECT title || ' ' || status FROM needs WHERE id = ?", [.integer(id)], { $0.string(0) }) ?? ""
        try database.run("""
            UPDATE needs SET sort_score = -score,
                sort_group = CASE WHEN status IN \([NeedStatus.delivered, .rejected, .merged].sql) THEN 1 ELSE 0 END,
                search_text = ?2
            WHERE id = ?1
            """, [.integer(id), .text(SmallPaneFilter.searchText(titleAndStatus))])
    }

    /// A need's status, nil when there is no such need.
    /// How many times need `id` was changed; nil when there is no such need.
    func version(_ id: Int64) throws -> Int? {
        try database.first("SELECT version FROM needs WHERE id = ?", [.integer(id)], { $0.integer(0) })
    }

    func status(_ id: Int64) throws -> NeedStatus? {
        try database.first("SELECT status FROM needs WHERE id = ?", [.integer(id)], { NeedStatus(rawValue: $0.string(0)) ?? .collected })
    }

    /// A need's title, nil when there is no such need.
    func title(_ id: Int64) throws -> String? {
        try database.first("SELECT title FROM needs WHERE id = ?", [.integer(id)], { $0.string(0) })
    }

    func setStatus(_ status: NeedStatus, id: Int64) throws {
        try database.run("UPDATE needs SET status = ?, version = version + 1 WHERE id = ?", [.text(status.rawValue), .integer(id)])
    }

    /// Keeps the provider's reference for its decision on a need.
    func setDecision(reference: String, at: Int64, id: Int64) throws {
        try database.run("UPDATE needs SET decision_reference = ?, decided_at = ? WHERE id = ?",
                         [.text(reference), .integer(at), .integer(id)])
    }

    /// A need's legal basis as stored (nil inside when not yet assessed), nil when there is no such need.
    func legal(_ id: Int64) throws -> String?? {
        try database.first("SELECT legal FROM needs WHERE id = ?", [.integer(id)], { $0.optionalString(0) })
    }

    func setLegal(_ basis: LegalBasis, note: String?, id: Int64) throws {
        try database.run("UPDATE needs SET legal = ?, legal_note = ?, version = version + 1 WHERE id = ?",
                         [.text(basis.rawValue), note.map(SQLValue.text) ?? .null, .integer(id)])
    }

    /// The backers a step is told of, not offboarded, by name: name,
    /// importance, the address (business first) and language.
    func backersToTell(need: Int64) throws -> [(id: Int64, name: String, importance: Int, address: String?, language: Language)] {
        try database.rows("""
            SELECT c.id, c.name, b.importance,
                   (SELECT email FROM contacts WHERE consumer_id = c.id ORDER BY role != \(ContactRole.business.sql), role != \(ContactRole.technical.sql), id LIMIT 1),
                   c.language
            FROM need_backings b JOIN consumers c ON c.id = b.consumer_id
            WHERE b.need_id = ? AND c.stage != \(OnboardingStage.offboarded.sql) ORDER BY c.sort_name
            """, [.integer(need)]) {
                (id: $0.int(0), name: $0.string(1), importance: $0.integer(2), address: $0.optionalString(3), language: $0.language(4))
            }
    }
}

extension Store {
    /// The segment's needs.
    public var needs: NeedRepository { NeedRepository(database: database) }
}
