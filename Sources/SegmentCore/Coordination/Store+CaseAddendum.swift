extension Store {
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

    /// The addendum to a forwarded case: only the consumers that joined it
    /// since the provider was told, with their reports' evidence, under the
    /// case's tag so it lands on the provider's own ticket.
    public func addendumMessage(caseID: Int64, keepingPersonalData: Bool = false) throws -> PlannedMessage {
        let row = try caseRow(id: caseID)
        let new = try consumersNotForwarded(caseID: caseID)
        guard row.status.isOpen, row.status != .open, !new.isEmpty else {
            throw StoreError.invalid(row.status == .open ? "case #\(caseID) is not forwarded yet; f forwards it"
                                     : "case #\(caseID) has no consumers the provider has not been told of")
        }
        let address = try providerAddress(caseID: caseID)
        let placeholders = Array(repeating: "?", count: new.count).joined(separator: ", ")
        let evidence = try database.rows("""
            SELECT strftime('%Y-%m-%dT%H:%M:%SZ', i.received_at, 'unixepoch'), c.org_number, i.error_code, i.correlation_id,
                   i.environment, i.title
            FROM incidents i JOIN consumers c ON c.id = i.consumer_id
            WHERE i.case_id = ? AND i.consumer_id IN (\(placeholders)) ORDER BY i.received_at
            """, [.integer(caseID)] + new.map(SQLValue.integer)) { row in
            "\(row.string(0))  consumer \(row.string(1))  \(row.optionalString(2) ?? "-")  correlation \(row.optionalString(3) ?? "-")"
                + "  \(row.string(4))\n    \(UntrustedText.line(row.string(5)))"
        }
        let reference = row.providerReference.map { " (your reference \(UntrustedText.line($0)))" } ?? ""
        return PlannedMessage(
            recipient: address,
            subject: "[SEG-C\(caseID)] Addendum: \(new.count) more \(new.count == 1 ? "consumer" : "consumers") affected: \(UntrustedText.line(row.title))",
            body: """
                Case SEG-C\(caseID)\(reference): \(UntrustedText.line(row.title))

                Since we reported this case, \(new.count) more \(new.count == 1 ? "consumer has" : "consumers have") reported the same fault.
                Consumers affected now: \(row.affectedConsumers) (\(row.reports) reports).

                New reports:
                \(evidence.joined(separator: "\n"))
                """,
            incidentID: 0, keepingPersonalData: keepingPersonalData)
    }

    /// Queues the addendum and records the consumers it named, journalled.
    func sendAddendum(caseID: Int64, keepingPersonalData: Bool) throws {
        let message = try addendumMessage(caseID: caseID, keepingPersonalData: keepingPersonalData)
        let new = try consumersNotForwarded(caseID: caseID)
        try queueMessage(to: message.recipient, subject: message.subject, body: message.body, entity: "case", entityID: caseID,
                         keepingPersonalData: keepingPersonalData)
        try markForwarded(consumers: new, caseID: caseID)
        try journal(entity: "case", id: caseID, action: "addendum forwarded",
                    after: "to=\(message.recipient) new_consumers=\(new.count) masked=\(message.maskedCount)")
    }

    /// Where reports on the case go: the configured address for its
    /// provider, else the provider's registered one.
    func providerAddress(caseID: Int64) throws -> String {
        guard let provider = try database.first("""
            SELECT p.key, p.email FROM provider_cases pc JOIN services s ON s.id = pc.service_id
            JOIN providers p ON p.id = s.provider_id WHERE pc.id = ?
            """, [.integer(caseID)], { ($0.string(0), $0.string(1)) }) else { throw StoreError.notFound(entity: "provider case", id: caseID) }
        return policy.providerAddress(key: provider.0, registered: provider.1)
    }
}
