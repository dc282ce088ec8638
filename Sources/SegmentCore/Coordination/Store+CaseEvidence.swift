extension Store {
    /// Where a case goes (the configured address, else the registered one)
    /// and the language its provider reads.
    func caseProvider(caseID: Int64) throws -> (address: String, language: Language) {
        guard let provider = try database.first("""
            SELECT p.key, p.email, p.language FROM provider_cases pc JOIN services s ON s.id = pc.service_id
            JOIN providers p ON p.id = s.provider_id WHERE pc.id = ?
            """, [.integer(caseID)], { ($0.string(0), $0.string(1), $0.language(2)) }) else {
            throw StoreError.notFound(entity: .providerCase, id: caseID)
        }
        return (policy.providerAddress(key: provider.0, registered: provider.1), provider.2)
    }

    /// The evidence of a case's reports, oldest first; only those of
    /// `consumers` when given.
    func caseEvidence(caseID: Int64, consumers: [Int64]? = nil) throws -> [CaseReport.Evidence] {
        let only = consumers.map { " AND i.consumer_id IN (\(Array(repeating: "?", count: $0.count).joined(separator: ", ")))" } ?? ""
        return try database.rows("""
            SELECT i.received_at, c.org_number, i.error_code, i.correlation_id, i.environment, i.title
            FROM incidents i LEFT JOIN consumers c ON c.id = i.consumer_id WHERE i.case_id = ?\(only) ORDER BY i.received_at
            """, [.integer(caseID)] + (consumers ?? []).map(SQLValue.integer)) { row in
            CaseReport.Evidence(receivedAt: row.int(0), organisationNumber: row.optionalString(1), errorCode: row.optionalString(2),
                                correlationID: row.optionalString(3), environment: row.string(4), title: row.string(5))
        }
    }

    /// Consumers with reports in the case that no report to the provider has
    /// named yet, in id order.
    func consumersNotForwarded(caseID: Int64) throws -> [Int64] {
        try database.rows("""
            SELECT DISTINCT i.consumer_id FROM incidents i WHERE i.case_id = ?1 AND i.consumer_id IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM case_forwarded_consumers f WHERE f.case_id = ?1 AND f.consumer_id = i.consumer_id)
            ORDER BY i.consumer_id
            """, [.integer(caseID)]) { $0.int(0) }
    }

    func markForwarded(consumers: [Int64], caseID: Int64) throws {
        for consumer in consumers {
            try database.run("""
                INSERT OR IGNORE INTO case_forwarded_consumers (case_id, consumer_id, forwarded_at) VALUES (?, ?, ?)
                """, [.integer(caseID), .integer(consumer), .integer(now())])
        }
    }
}
