extension Store {
    static let noticeSelect = """
        SELECT n.id, n.kind, n.title, n.breaking, n.effective_at, n.deadline, n.active,
               (SELECT count(*) FROM notice_acknowledgements a WHERE a.notice_id = n.id AND a.acknowledged_at IS NOT NULL),
               (SELECT count(*) FROM notice_acknowledgements a WHERE a.notice_id = n.id),
               n.sort_group, n.sort_time
        FROM change_notices n
        """

    static func noticeRow(_ row: Row) -> NoticeRow {
        NoticeRow(id: row.int(0), kind: NoticeKind(rawValue: row.string(1)) ?? .datasetChange, title: row.string(2),
                  breaking: row.integer(3) != 0, effectiveAt: row.int(4), deadline: row.isNull(5) ? nil : row.int(5),
                  isActive: row.integer(6) != 0, acknowledged: row.integer(7), affected: row.integer(8),
                  key: [.integer(row.int(9)), .integer(row.int(10)), .integer(row.int(0))])
    }

    static let noticeWindow = KeysetWindow(
        select: noticeSelect, keyColumns: ["n.sort_group", "n.sort_time", "n.id"], filter: nil)

    /// One screenful of the change notices pane: active notices by effective
    /// date, then past ones, newest first.
    public func notices(anchor: WindowAnchor, limit: Int, filter: String = "") throws -> [NoticeRow] {
        try smallPaneWindow(Self.noticeWindow, anchor: anchor, limit: limit, filter: filter, map: Self.noticeRow)
    }

    /// How many notices there are, and how many match `filter`.
    public func noticeCount(filter: String = "") throws -> Int {
        try smallPaneCount(table: "change_notices", filter: filter)
    }

    /// A notice with its services and every affected consumer's acknowledgement,
    /// the silent ones first.
    public func notice(id: Int64) throws -> NoticeDetail {
        guard let row = try database.first("\(Self.noticeSelect) WHERE n.id = ?", [.integer(id)], Self.noticeRow),
              let text = try database.first("SELECT body, published_at FROM change_notices WHERE id = ?", [.integer(id)], {
                  ($0.string(0), $0.int(1))
              }) else {
            throw StoreError.notFound(entity: "change notice", id: id)
        }
        let services = try database.rows("""
            SELECT s.key FROM notice_services ns JOIN services s ON s.id = ns.service_id
            WHERE ns.notice_id = ? ORDER BY s.key
            """, [.integer(id)]) { $0.string(0) }
        let acknowledgements = try database.rows("""
            SELECT c.name, c.org_number, a.acknowledged_at FROM notice_acknowledgements a
            JOIN consumers c ON c.id = a.consumer_id WHERE a.notice_id = ?
            ORDER BY a.acknowledged_at IS NOT NULL, c.sort_name
            """, [.integer(id)]) {
            Acknowledgement(consumerName: $0.string(0), organisationNumber: $0.string(1),
                            acknowledgedAt: $0.isNull(2) ? nil : $0.int(2))
        }
        return NoticeDetail(row: row, body: text.0, services: services, publishedAt: text.1,
                            acknowledgements: acknowledgements, reportsToJoin: try reportsBeforeOutage(noticeID: id).count)
    }
}
