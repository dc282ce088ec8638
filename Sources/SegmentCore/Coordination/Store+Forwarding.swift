import Foundation

extension Store {
    /// The one report to the provider for a case: the number of consumers
    /// affected and the evidence (times, codes, correlation ids), addressed to
    /// the provider (the configured address, else the registered one), with national identity numbers masked unless
    /// `keepingPersonalData`. Returns the message and how many numbers were masked.
    public func forwardingMessage(caseID: Int64, keepingPersonalData: Bool = false) throws -> (message: PlannedMessage, masked: Int) {
        let detail = try providerCase(id: caseID)
        let row = detail.row
        let provider = try caseProvider(caseID: caseID)
        let report = CaseReport(caseID: caseID, title: row.title, affectedConsumers: row.affectedConsumers, reports: row.reports,
                                serviceKey: row.serviceKey, environment: detail.environment.rawValue, errorCode: row.errorCode,
                                firstSeen: detail.firstSeen, lastSeen: detail.lastSeen, providerReference: row.providerReference,
                                evidence: try caseEvidence(caseID: caseID))
        let text = report.forwarding(in: provider.language)
        let message = PlannedMessage(recipient: provider.address, subject: text.subject, body: text.body, incidentID: 0,
                                     keepingPersonalData: keepingPersonalData)
        return (message, message.maskedCount)
    }

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

    /// Queues the report to the provider and marks the case and its open
    /// incidents forwarded, in one transaction with the journal.
    public func forwardCase(caseID: Int64, keepingPersonalData: Bool = false) throws {
        try database.inTransaction {
            let before = try caseRow(id: caseID)
            if before.status != .open {
                return try sendAddendum(caseID: caseID, keepingPersonalData: keepingPersonalData)
            }
            let (message, masked) = try forwardingMessage(caseID: caseID, keepingPersonalData: keepingPersonalData)
            try markForwarded(consumers: try consumersNotForwarded(caseID: caseID), caseID: caseID)
            try queueMessage(to: message.recipient, subject: message.subject, body: message.body, entity: .providerCase,
                             entityID: caseID, keepingPersonalData: keepingPersonalData)
            try database.run("""
                UPDATE provider_cases SET status = 'forwarded', forwarded_at = ?, version = version + 1 WHERE id = ?
                """, [.integer(now()), .integer(caseID)])
            let open = try database.rows("SELECT id FROM incidents WHERE case_id = ? AND sort_group < \(IncidentOrder.doneGroup)", [.integer(caseID)]) { $0.int(0) }
            if !open.isEmpty { try triage(.setStatus(.forwarded, nil), incidents: open) }
            try journal(entity: .providerCase, id: caseID, action: "forwarded", before: "status=open",
                        after: "status=forwarded to=\(message.recipient) consumers=\(before.affectedConsumers) masked=\(masked)"
                            + (keepingPersonalData ? " kept=\(message.identityNumbers)" : ""))
        }
    }
}
