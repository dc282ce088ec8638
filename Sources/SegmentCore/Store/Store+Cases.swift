extension Store {
    static let caseSelect = """
        SELECT pc.id, pc.title, s.key, pc.error_code, pc.status, pc.provider_reference, pc.opened_at,
               (SELECT count(DISTINCT consumer_id) FROM incidents WHERE case_id = pc.id),
               (SELECT count(*) FROM incidents WHERE case_id = pc.id),
               pc.sort_group, pc.sort_time, pc.forwarded_at
        FROM provider_cases pc JOIN services s ON s.id = pc.service_id
        """

    static func caseRow(_ row: Row) -> CaseRow {
        CaseRow(id: row.int(0), title: row.string(1), serviceKey: row.string(2), errorCode: row.optionalString(3),
                status: CaseStatus(rawValue: row.string(4)) ?? .open, providerReference: row.optionalString(5),
                openedAt: row.int(6), affectedConsumers: row.integer(7), reports: row.integer(8),
                forwardedAt: row.isNull(11) ? nil : row.int(11), key: [.integer(row.int(9)), .integer(row.int(10)), .integer(row.int(0))])
    }

    static let caseWindow = KeysetWindow(
        select: caseSelect, keyColumns: ["pc.sort_group", "pc.sort_time", "pc.id"], filter: nil)

    /// One screenful of the provider cases pane: open cases first, newest first.
    public func cases(anchor: WindowAnchor, limit: Int, filter: String = "") throws -> [CaseRow] {
        try smallPaneWindow(Self.caseWindow, anchor: anchor, limit: limit, filter: filter, map: Self.caseRow)
    }

    /// How many provider cases there are, and how many match `filter`.
    public func caseCount(filter: String = "") throws -> Int {
        try smallPaneCount(table: "provider_cases", filter: filter)
    }

    /// A provider case as its pane row shows it, without its reports: what
    /// a workflow checks before it changes the case.
    func caseRow(id: Int64) throws -> CaseRow {
        guard let row = try database.first("\(Self.caseSelect) WHERE pc.id = ?", [.integer(id)], Self.caseRow) else {
            throw StoreError.notFound(entity: .providerCase, id: id)
        }
        return row
    }

    /// A provider case with its grouped incidents and first and last report.
    public func providerCase(id: Int64) throws -> CaseDetail {
        let row = try caseRow(id: id)
        var detail = try database.first("""
            SELECT environment, forwarded_at, resolved_at,
                   (SELECT min(received_at) FROM incidents WHERE case_id = ?1),
                   (SELECT max(received_at) FROM incidents WHERE case_id = ?1)
            FROM provider_cases WHERE id = ?1
            """, [.integer(id)]) { extra in
            CaseDetail(row: row, environment: ServiceEnvironment(rawValue: extra.string(0)) ?? .production,
                       forwardedAt: extra.isNull(1) ? nil : extra.int(1), resolvedAt: extra.isNull(2) ? nil : extra.int(2),
                       firstSeen: extra.isNull(3) ? nil : extra.int(3), lastSeen: extra.isNull(4) ? nil : extra.int(4),
                       incidents: [])
        }!
        detail.incidents = try database.rows(
            "\(Self.incidentSelect) WHERE i.case_id = ? ORDER BY i.received_at LIMIT 500", [.integer(id)], Self.incidentRow)
        detail.providerUpdates = try receivedMessages(caseID: id)
        detail.consumersNotForwarded = try consumersNotForwarded(caseID: id).count
        return detail
    }
}
