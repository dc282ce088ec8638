/// The columns of a provider-cases-pane row, over `provider_cases pc` and
/// its service `s`.
enum CaseColumn: Int32, SelectColumn {
    case id, title, serviceKey, errorCode, status, providerReference, openedAt, affectedConsumers, reports
    case sortGroup, sortTime, forwardedAt

    var sql: String {
        switch self {
        case .id: "pc.id"
        case .title: "pc.title"
        case .serviceKey: "s.key"
        case .errorCode: "pc.error_code"
        case .status: "pc.status"
        case .providerReference: "pc.provider_reference"
        case .openedAt: "pc.opened_at"
        case .affectedConsumers: "(SELECT count(DISTINCT consumer_id) FROM incidents WHERE case_id = pc.id)"
        case .reports: "(SELECT count(*) FROM incidents WHERE case_id = pc.id)"
        case .sortGroup: "pc.sort_group"
        case .sortTime: "pc.sort_time"
        case .forwardedAt: "pc.forwarded_at"
        }
    }
}

extension Store {
    static let caseSelect = """
        SELECT \(CaseColumn.list)
        FROM provider_cases pc JOIN services s ON s.id = pc.service_id
        """

    static func caseRow(_ row: Row) -> CaseRow {
        typealias Column = CaseColumn
        return CaseRow(id: row.int(Column.id), title: row.string(Column.title), serviceKey: row.string(Column.serviceKey),
                       errorCode: row.optionalString(Column.errorCode), status: CaseStatus(rawValue: row.string(Column.status)) ?? .open,
                       providerReference: row.optionalString(Column.providerReference), openedAt: row.int(Column.openedAt),
                       affectedConsumers: row.integer(Column.affectedConsumers), reports: row.integer(Column.reports),
                       forwardedAt: row.optionalInt64(Column.forwardedAt),
                       key: [.integer(row.int(Column.sortGroup)), .integer(row.int(Column.sortTime)), .integer(row.int(Column.id))])
    }

    static let caseWindow = KeysetWindow(
        select: caseSelect, keyColumns: ["pc.sort_group", "pc.sort_time", "pc.id"], filter: nil)

    /// One screenful of the provider cases pane: open cases first, newest first.
    public func cases(anchor: WindowAnchor, limit: Int, filter: String = "") throws -> [CaseRow] {
        try database.smallPaneWindow(Self.caseWindow, anchor: anchor, limit: limit, filter: filter, map: Self.caseRow)
    }

    /// How many provider cases there are, and how many match `filter`.
    public func caseCount(filter: String = "") throws -> Int {
        try database.smallPaneCount(table: "provider_cases", filter: filter)
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
