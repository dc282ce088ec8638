/// The columns of a needs-pane row, over the `needs` table.
enum NeedColumn: Int32, SelectColumn {
    case id, title, status, backers, score, legal, sortGroup, sortScore

    var sql: String {
        switch self {
        case .id: "id"
        case .title: "title"
        case .status: "status"
        case .backers: "backers"
        case .score: "score"
        case .legal: "legal"
        case .sortGroup: "sort_group"
        case .sortScore: "sort_score"
        }
    }
}

extension Store {
    static let needSelect = "SELECT \(NeedColumn.list) FROM needs"

    static func needRow(_ row: Row) -> NeedRow {
        typealias Column = NeedColumn
        return NeedRow(id: row.int(Column.id), title: row.string(Column.title), status: NeedStatus(rawValue: row.string(Column.status)) ?? .collected,
                       backers: row.integer(Column.backers), score: row.integer(Column.score),
                       legal: row.optionalString(Column.legal).flatMap(LegalBasis.init(rawValue:)),
                       key: [.integer(row.int(Column.sortGroup)), .integer(row.int(Column.sortScore)), .integer(row.int(Column.id))])
    }

    static let needWindow = KeysetWindow(
        select: needSelect, keyColumns: ["sort_group", "sort_score", "id"], filter: nil)

    /// One screenful of the needs pane: open needs first, highest weighted
    /// backing first.
    public func needs(anchor: WindowAnchor, limit: Int, filter: String = "") throws -> [NeedRow] {
        try database.smallPaneWindow(Self.needWindow, anchor: anchor, limit: limit, filter: filter, map: Self.needRow)
    }

    /// How many needs there are, and how many match `filter`.
    public func needCount(filter: String = "") throws -> Int {
        try database.smallPaneCount(table: "needs", filter: filter)
    }

    /// A need with its description, services and its backers, the most
    /// important first (at most 250; `export backings` has every one).
    public func need(id: Int64) throws -> NeedDetail {
        guard let row = try database.first("\(Self.needSelect) WHERE id = ?", [.integer(id)], Self.needRow),
              var detail = try database.first("""
                  SELECT n.description, c.name, n.raised_at, n.legal_note, n.merged_into, n.decision_reference, n.decided_at
                  FROM needs n LEFT JOIN consumers c ON c.id = n.raised_by WHERE n.id = ?
                  """, [.integer(id)], {
                      NeedDetail(row: row, description: $0.string(0), raisedBy: $0.optionalString(1), raisedAt: $0.int(2),
                                 services: [], backings: [], legalNote: $0.optionalString(3),
                                 mergedInto: $0.isNull(4) ? nil : $0.int(4), decisionReference: $0.optionalString(5),
                                 decidedAt: $0.isNull(6) ? nil : $0.int(6))
                  }) else {
            throw StoreError.notFound(entity: .need, id: id)
        }
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
}
