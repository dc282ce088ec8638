extension NoticeRepository {
    /// The facts of notice `id` a correction reads, nil when there is none.
    func correctable(id: Int64) throws -> NoticeFacts? {
        guard var facts = try database.first("""
            SELECT kind, title, body, effective_at, deadline, ends_at, environment, provider_id, published_at IS NOT NULL,
                   withdrawn_at IS NOT NULL
            FROM change_notices WHERE id = ?
            """, [.integer(id)], {
                NoticeFacts(kind: NoticeKind(rawValue: $0.string(0)) ?? .datasetChange, title: $0.string(1), body: $0.string(2),
                            effectiveAt: $0.int(3), deadline: $0.isNull(4) ? nil : $0.int(4), endsAt: $0.isNull(5) ? nil : $0.int(5),
                            environment: ServiceEnvironment(rawValue: $0.string(6)) ?? .production, serviceIDs: [], serviceKeys: [],
                            providerID: $0.int(7), published: $0.integer(8) != 0, withdrawn: $0.integer(9) != 0)
            }) else { return nil }
        let services = try database.rows("""
            SELECT s.id, s.key FROM notice_services ns JOIN services s ON s.id = ns.service_id WHERE ns.notice_id = ? ORDER BY s.key
            """, [.integer(id)]) { (id: $0.int(0), key: $0.string(1)) }
        facts.serviceIDs = services.map(\.id)
        facts.serviceKeys = services.map(\.key)
        return facts
    }

    /// Writes a notice's corrected facts and its services.
    func write(_ facts: NoticeFacts, id: Int64) throws {
        try database.run("""
            UPDATE change_notices SET title = ?, body = ?, effective_at = ?, deadline = ?, ends_at = ?, environment = ?,
                search_text = ?, version = version + 1
            WHERE id = ?
            """, [.text(facts.title), .text(facts.body), .integer(facts.effectiveAt), facts.deadline.map(SQLValue.integer) ?? .null,
                  facts.endsAt.map(SQLValue.integer) ?? .null, .text(facts.environment.rawValue),
                  .text(SmallPaneFilter.searchText(facts.title, facts.kind.label)), .integer(id)])
        try database.run("DELETE FROM notice_services WHERE notice_id = ?", [.integer(id)])
        for serviceID in facts.serviceIDs {
            try database.run("INSERT INTO notice_services (notice_id, service_id) VALUES (?, ?)", [.integer(id), .integer(serviceID)])
        }
    }

    /// Marks notice `id` withdrawn now, for `reason`.
    func withdraw(id: Int64, reason: String) throws {
        try database.run("UPDATE change_notices SET withdrawn_at = ?, withdrawn_reason = ?, version = version + 1 WHERE id = ?",
                         [.integer(now()), .text(reason), .integer(id)])
    }

    /// Why notice `id` was withdrawn, and when; nil while it holds.
    func withdrawal(id: Int64) throws -> (at: Int64, reason: String)? {
        try database.first("SELECT withdrawn_at, withdrawn_reason FROM change_notices WHERE id = ? AND withdrawn_at IS NOT NULL",
                           [.integer(id)], { (at: $0.int(0), reason: $0.optionalString(1) ?? "") })
    }
}
