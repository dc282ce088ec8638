extension Store {
    static let needSelect = """
        SELECT id, title, status, backers, score, legal_assessment, sort_group, sort_score FROM needs
        """

    static func needRow(_ row: Row) -> NeedRow {
        NeedRow(id: row.int(0), title: row.string(1), status: NeedStatus(rawValue: row.string(2)) ?? .proposed,
                backers: row.integer(3), score: row.integer(4), needsLegalAssessment: row.integer(5) != 0,
                key: [.integer(row.int(6)), .integer(row.int(7)), .integer(row.int(0))])
    }

    static let needWindow = KeysetWindow(
        select: needSelect, keyColumns: ["sort_group", "sort_score", "id"], filter: nil)

    /// One screenful of the needs pane: open needs first, highest weighted
    /// backing first.
    public func needs(anchor: WindowAnchor, limit: Int, filter: String = "") throws -> [NeedRow] {
        try smallPaneWindow(Self.needWindow, anchor: anchor, limit: limit, filter: filter, map: Self.needRow)
    }

    /// How many needs there are, and how many match `filter`.
    public func needCount(filter: String = "") throws -> Int {
        try smallPaneCount(table: "needs", filter: filter)
    }

    /// A need with its description and every backing consumer.
    public func need(id: Int64) throws -> NeedDetail {
        guard let row = try database.first("\(Self.needSelect) WHERE id = ?", [.integer(id)], Self.needRow),
              let extra = try database.first("""
                  SELECT n.description, c.name, n.raised_at FROM needs n LEFT JOIN consumers c ON c.id = n.raised_by
                  WHERE n.id = ?
                  """, [.integer(id)], { ($0.string(0), $0.optionalString(1), $0.int(2)) }) else {
            throw StoreError.notFound(entity: "need", id: id)
        }
        let backings = try database.rows("""
            SELECT c.name, b.weight FROM need_backings b JOIN consumers c ON c.id = b.consumer_id
            WHERE b.need_id = ? ORDER BY b.weight DESC, c.sort_name
            """, [.integer(id)]) { Backing(consumerName: $0.string(0), weight: $0.integer(1)) }
        return NeedDetail(row: row, description: extra.0, raisedBy: extra.1, raisedAt: extra.2, backings: backings)
    }
}
