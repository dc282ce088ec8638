/// The provider cases: every statement about the provider cases table and
/// which consumers the provider was told of. A case's search text is
/// written with its title, code and reference; its pane order with its
/// status.
public struct CaseRepository {
    let database: Database
    /// The store's clock, for when consumers were told of.
    let now: () -> Int64

    static let select = """
        SELECT \(CaseColumn.list)
        FROM provider_cases pc JOIN services s ON s.id = pc.service_id
        """

    static func row(_ row: Row) -> CaseRow {
        typealias Column = CaseColumn
        return CaseRow(id: row.int(Column.id), title: row.string(Column.title), serviceKey: row.string(Column.serviceKey),
                       errorCode: row.optionalString(Column.errorCode), status: CaseStatus(rawValue: row.string(Column.status)) ?? .open,
                       providerReference: row.optionalString(Column.providerReference), openedAt: row.int(Column.openedAt),
                       affectedConsumers: row.integer(Column.affectedConsumers), reports: row.integer(Column.reports),
                       forwardedAt: row.optionalInt64(Column.forwardedAt), acknowledgedAt: row.optionalInt64(Column.acknowledgedAt),
                       providerResponseDueAt: row.optionalInt64(Column.providerResponseDueAt),
                       providerResolutionDueAt: row.optionalInt64(Column.providerResolutionDueAt),
                       key: [.integer(row.int(Column.sortGroup)), .integer(row.int(Column.sortTime)), .integer(row.int(Column.id))])
    }

    static let window = KeysetWindow(select: select, keyColumns: ["pc.sort_group", "pc.sort_time", "pc.id"], filter: nil)

    /// One screenful of the provider cases pane: open cases first, newest first.
    public func window(anchor: WindowAnchor, limit: Int, filter: String = "") throws -> [CaseRow] {
        try database.smallPaneWindow(Self.window, anchor: anchor, limit: limit, filter: filter, map: Self.row)
    }

    /// The pane's key of record `id` under `filter`, or nil when the pane does not show it.
    public func sortKey(id: Int64, filter: String) throws -> [SQLValue]? {
        try database.smallPaneKey(Self.window, id: id, filter: filter, map: Self.row, key: \.key)
    }

    /// How many provider cases there are, and how many match `filter`.
    public func count(filter: String = "") throws -> Int {
        try database.smallPaneCount(table: "provider_cases", filter: filter)
    }

    /// The pane's row of case `id`, nil when there is none.
    func row(id: Int64) throws -> CaseRow? {
        try database.first("\(Self.select) WHERE pc.id = ?", [.integer(id)], Self.row)
    }

    /// Every open case, for the digest.
    func open() throws -> [CaseRow] {
        try database.rows("\(Self.select) WHERE pc.sort_group = 0", [], Self.row)
    }

    /// A case's environment, when it was forwarded and resolved, and its first and last report.
    func detail(_ row: CaseRow) throws -> CaseDetail? {
        try database.first("""
            SELECT environment, forwarded_at, resolved_at,
                   (SELECT min(received_at) FROM incidents WHERE case_id = ?1),
                   (SELECT max(received_at) FROM incidents WHERE case_id = ?1)
            FROM provider_cases WHERE id = ?1
            """, [.integer(row.id)]) { extra in
            CaseDetail(row: row, environment: ServiceEnvironment(rawValue: extra.string(0)) ?? .production,
                       forwardedAt: extra.isNull(1) ? nil : extra.int(1), resolvedAt: extra.isNull(2) ? nil : extra.int(2),
                       firstSeen: extra.isNull(3) ? nil : extra.int(3), lastSeen: extra.isNull(4) ? nil : extra.int(4),
                       incidents: [])
        }
    }

    /// A case's reports, oldest first (the first 500).
    func incidents(caseID: Int64) throws -> [IncidentRow] {
        try database.rows("\(IncidentRepository.select) WHERE i.case_id = ? ORDER BY i.received_at LIMIT 500", [.integer(caseID)],
                          IncidentRepository.row)
    }

    /// The ids of a case's open reports.
    func openIncidents(caseID: Int64) throws -> [Int64] {
        try database.rows("SELECT id FROM incidents WHERE case_id = ? AND sort_group < \(IncidentOrder.doneGroup)", [.integer(caseID)]) {
            $0.int(0)
        }
    }

    /// Opens a provider case; returns its id.
    func add(title: String, serviceID: Int64, environment: ServiceEnvironment, errorCode: String?, status: CaseStatus,
             providerReference: String?, openedAt: Int64, forwardedAt: Int64?, resolvedAt: Int64?, noticeID: Int64?) throws -> Int64 {
        try database.run("""
            INSERT INTO provider_cases (title, service_id, environment, error_code, status, provider_reference, notice_id,
                opened_at, forwarded_at, resolved_at, search_text, sort_group, sort_time)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.text(title), .integer(serviceID), .text(environment.rawValue), errorCode.map(SQLValue.text) ?? .null,
                  .text(status.rawValue), providerReference.map(SQLValue.text) ?? .null,
                  noticeID.map(SQLValue.integer) ?? .null, .integer(openedAt),
                  forwardedAt.map(SQLValue.integer) ?? .null, resolvedAt.map(SQLValue.integer) ?? .null,
                  .text(SmallPaneFilter.searchText(title, errorCode, providerReference)),
                  .integer(status.isOpen ? 0 : 1), .integer(-openedAt)])
        return database.lastInsertRowID
    }

    /// The open case with this fingerprint, the newest when several.
    func open(serviceID: Int64, environment: String, errorCode: String?) throws -> Int64? {
        try database.first("""
            SELECT id FROM provider_cases WHERE sort_group = 0 AND service_id = ? AND environment = ? AND error_code IS ? AND kind = \(CaseKind.fault.sql)
            ORDER BY opened_at DESC LIMIT 1
            """, [.integer(serviceID), .text(environment), errorCode.map(SQLValue.text) ?? .null]) { $0.int(0) }
    }

    /// Makes case `id` a question to the provider rather than a fault.
    func markQuestion(_ id: Int64) throws {
        try database.run("UPDATE provider_cases SET kind = \(CaseKind.question.sql) WHERE id = ?", [.integer(id)])
    }

    /// Whether case `id` is a question to the provider.
    func isQuestion(_ id: Int64) throws -> Bool {
        try database.first("SELECT kind = \(CaseKind.question.sql) FROM provider_cases WHERE id = ?", [.integer(id)], { $0.integer(0) == 1 }) ?? false
    }

    /// The open case of an announced outage.
    func open(noticeID: Int64) throws -> Int64? {
        try database.first("SELECT id FROM provider_cases WHERE notice_id = ? AND sort_group = 0 LIMIT 1", [.integer(noticeID)], { $0.int(0) })
    }

    /// The newest open case covering a service in an environment that no notice claims.
    func openWithoutNotice(serviceID: Int64, environment: String) throws -> Int64? {
        try database.first("""
            SELECT id FROM provider_cases WHERE sort_group = 0 AND notice_id IS NULL AND service_id = ? AND environment = ?
            ORDER BY opened_at DESC LIMIT 1
            """, [.integer(serviceID), .text(environment)], { $0.int(0) })
    }

    /// Ties a case to the outage notice that announced its fault.
    func attach(caseID: Int64, noticeID: Int64) throws {
        try database.run("UPDATE provider_cases SET notice_id = ?, version = version + 1 WHERE id = ?", [.integer(noticeID), .integer(caseID)])
    }

    /// Records the provider's reference and the status it brings.
    func setReference(_ reference: String, status: CaseStatus, caseID: Int64, title: String, errorCode: String?) throws {
        try database.run("""
            UPDATE provider_cases SET provider_reference = ?1, status = ?2, search_text = ?3, version = version + 1,
                acknowledged_at = CASE WHEN ?2 = \(CaseStatus.acknowledged.sql) AND forwarded_at IS NOT NULL THEN coalesce(acknowledged_at, ?5) ELSE acknowledged_at END
            WHERE id = ?4
            """, [.text(reference), .text(status.rawValue), .text(SmallPaneFilter.searchText(title, errorCode, reference)),
                  .integer(caseID), .integer(now())])
    }

    /// A forwarded case counts as acknowledged once the provider has said anything.
    func acknowledgeIfForwarded(caseID: Int64) throws {
        try database.run("""
            UPDATE provider_cases SET status = \(CaseStatus.acknowledged.sql), acknowledged_at = coalesce(acknowledged_at, ?), version = version + 1
            WHERE id = ? AND status = \(CaseStatus.forwarded.sql)
            """, [.integer(now()), .integer(caseID)])
    }

    /// The case is with the provider from now, due by its targets (seconds
    /// from now to acknowledge and to resolve; nil where none is agreed).
    func markForwarded(caseID: Int64, acknowledgeWithin: Int64?, resolveWithin: Int64?) throws {
        let now = now()
        try database.run("""
            UPDATE provider_cases SET status = \(CaseStatus.forwarded.sql), forwarded_at = ?, provider_response_due_at = ?,
                provider_resolution_due_at = ?, version = version + 1 WHERE id = ?
            """, [.integer(now), acknowledgeWithin.map { .integer(now + $0) } ?? .null, resolveWithin.map { .integer(now + $0) } ?? .null,
                  .integer(caseID)])
    }

    /// The highest priority among a case's reports and its provider's id.
    func priorityAndProvider(caseID: Int64) throws -> (priority: Priority, providerID: Int64)? {
        try database.first("""
            SELECT (SELECT min(priority) FROM incidents WHERE case_id = pc.id), s.provider_id
            FROM provider_cases pc JOIN services s ON s.id = pc.service_id WHERE pc.id = ?
            """, [.integer(caseID)], { (Priority(rawValue: $0.isNull(0) ? 3 : $0.integer(0)) ?? .p3, $0.int(1)) })
    }

    func markResolved(caseID: Int64, resolution: String) throws {
        try database.run("""
            UPDATE provider_cases SET status = \(CaseStatus.resolved.sql), resolved_at = ?1, resolution_text = ?2, sort_group = 1,
                acknowledged_at = CASE WHEN forwarded_at IS NOT NULL THEN coalesce(acknowledged_at, ?1) END, version = version + 1 WHERE id = ?3
            """, [.integer(now()), .text(resolution), .integer(caseID)])
    }

    /// Removes a case nothing refers to any more (one an undone grouping
    /// opened); its journal entries stay, ending in the withdrawal.
    func remove(caseID: Int64) throws {
        try database.run("DELETE FROM provider_cases WHERE id = ?", [.integer(caseID)])
    }

    /// The key, case address and language of the provider of a case's service.
    func provider(caseID: Int64) throws -> (key: String, email: String, language: Language)? {
        try database.first("""
            SELECT p.key, p.email, p.language FROM provider_cases pc JOIN services s ON s.id = pc.service_id
            JOIN providers p ON p.id = s.provider_id WHERE pc.id = ?
            """, [.integer(caseID)], { (key: $0.string(0), email: $0.string(1), language: $0.language(2)) })
    }

    /// The case's reports as evidence for the provider (of `consumers` only, when given), oldest first.
    func evidence(caseID: Int64, consumers: [Int64]?) throws -> [CaseReport.Evidence] {
        let only = consumers.map { " AND i.consumer_id IN (\(Array(repeating: "?", count: $0.count).joined(separator: ", ")))" } ?? ""
        return try database.rows("""
            SELECT i.received_at, c.org_number, i.error_code, i.correlation_id, i.environment, i.title
            FROM incidents i LEFT JOIN consumers c ON c.id = i.consumer_id WHERE i.case_id = ?\(only) ORDER BY i.received_at
            """, [.integer(caseID)] + (consumers ?? []).map(SQLValue.integer)) { row in
            CaseReport.Evidence(receivedAt: row.int(0), organisationNumber: row.optionalString(1), errorCode: row.optionalString(2),
                                correlationID: row.optionalString(3), environment: row.string(4), title: row.string(5))
        }
    }

    /// The consumers of a case's reports the provider has not been told of.
    func consumersNotForwarded(caseID: Int64) throws -> [Int64] {
        try database.rows("""
            SELECT DISTINCT i.consumer_id FROM incidents i WHERE i.case_id = ?1 AND i.consumer_id IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM case_forwarded_consumers f WHERE f.case_id = ?1 AND f.consumer_id = i.consumer_id)
            ORDER BY i.consumer_id
            """, [.integer(caseID)]) { $0.int(0) }
    }

    /// Records that the provider was told of these consumers now.
    func markForwarded(consumers: [Int64], caseID: Int64) throws {
        for consumer in consumers {
            try database.run("INSERT OR IGNORE INTO case_forwarded_consumers (case_id, consumer_id, forwarded_at) VALUES (?, ?, ?)",
                             [.integer(caseID), .integer(consumer), .integer(now())])
        }
    }

    /// The open reports of a case with an address to write to: id,
    /// reference, title, address and language, oldest first.
    func openReporters(caseID: Int64) throws -> [(id: Int64, reference: String, title: String, address: String?, language: Language)] {
        try database.rows("""
            SELECT i.id, i.external_id, i.title, \(IncidentRepository.replyAddress), \(IncidentRepository.reporterLanguage)
            FROM incidents i WHERE i.case_id = ? AND i.sort_group < \(IncidentOrder.doneGroup) ORDER BY i.received_at
            """, [.integer(caseID)]) { (id: $0.int(0), reference: $0.string(1), title: $0.string(2), address: $0.optionalString(3),
                                       language: $0.language(4)) }
    }
}

extension Store {
    /// The provider cases.
    public var cases: CaseRepository { CaseRepository(database: database, now: now) }
}
