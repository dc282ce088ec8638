import Foundation

extension Store {
    /// The one report to the provider for a case: the number of consumers
    /// affected and the evidence (times, codes, correlation ids), addressed to
    /// the provider (the configured address, else the registered one), with national identity numbers masked unless
    /// `keepingPersonalData`. Returns the message and how many numbers were masked.
    public func forwardingMessage(caseID: Int64, keepingPersonalData: Bool = false) throws -> (message: PlannedMessage, masked: Int) {
        let detail = try providerCase(id: caseID)
        let row = detail.row
        guard let provider = try database.first("""
            SELECT p.key, p.email FROM provider_cases pc JOIN services s ON s.id = pc.service_id
            JOIN providers p ON p.id = s.provider_id WHERE pc.id = ?
            """, [.integer(caseID)], { ($0.string(0), $0.string(1)) }) else { throw StoreError.notFound(entity: "provider case", id: caseID) }
        let address = policy.providerAddress(key: provider.0, registered: provider.1)
        let evidence = try database.rows("""
            SELECT strftime('%Y-%m-%dT%H:%M:%SZ', i.received_at, 'unixepoch'), c.org_number, i.error_code,
                   i.correlation_id, i.environment, i.title
            FROM incidents i LEFT JOIN consumers c ON c.id = i.consumer_id WHERE i.case_id = ? ORDER BY i.received_at
            """, [.integer(caseID)]) { row in
            "\(row.string(0))  consumer \(row.optionalString(1) ?? "unknown")  \(row.optionalString(2) ?? "-")"
                + "  correlation \(row.optionalString(3) ?? "-")  \(row.string(4))\n    \(UntrustedText.line(row.string(5)))"
        }
        let body = """
            Case SEG-C\(caseID): \(UntrustedText.line(row.title))

            Consumers affected: \(row.affectedConsumers) (\(row.reports) reports)
            Service: \(row.serviceKey) (\(detail.environment.rawValue))
            Error code: \(row.errorCode ?? "-")
            First seen: \(detail.firstSeen.map(Timestamps.iso) ?? "-")
            Last seen: \(detail.lastSeen.map(Timestamps.iso) ?? "-")

            Reports:
            \(evidence.joined(separator: "\n"))

            Please answer with your reference for this case.
            """
        let message = PlannedMessage(
            recipient: address, subject: "[SEG-C\(caseID)] \(UntrustedText.line(row.title)): \(row.affectedConsumers) consumers affected",
            body: body, incidentID: 0, keepingPersonalData: keepingPersonalData)
        return (message, message.maskedCount)
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
            try queueMessage(to: message.recipient, subject: message.subject, body: message.body, entity: "case",
                             entityID: caseID, keepingPersonalData: keepingPersonalData)
            try database.run("""
                UPDATE provider_cases SET status = 'forwarded', forwarded_at = ?, version = version + 1 WHERE id = ?
                """, [.integer(now()), .integer(caseID)])
            let open = try database.rows("SELECT id FROM incidents WHERE case_id = ? AND sort_group < \(IncidentOrder.doneGroup)", [.integer(caseID)]) { $0.int(0) }
            if !open.isEmpty { try triage(.setStatus(.forwarded, nil), incidents: open) }
            try journal(entity: "case", id: caseID, action: "forwarded", before: "status=open",
                        after: "status=forwarded to=\(message.recipient) consumers=\(before.affectedConsumers) masked=\(masked)"
                            + (keepingPersonalData ? " kept=\(message.identityNumbers)" : ""))
        }
    }
}

/// ISO 8601 UTC for messages.
enum Timestamps {
    static func iso(_ seconds: Int64) -> String {
        var time = time_t(seconds)
        var parts = tm()
        gmtime_r(&time, &parts)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
                      Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }
}
