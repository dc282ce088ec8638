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
        let provider = try caseProvider(caseID: caseID)
        let report = CaseReport(caseID: caseID, title: row.title, affectedConsumers: row.affectedConsumers, reports: row.reports,
                                serviceKey: row.serviceKey, environment: "", errorCode: row.errorCode, firstSeen: nil, lastSeen: nil,
                                providerReference: row.providerReference, evidence: try caseEvidence(caseID: caseID, consumers: new))
        let text = report.addendum(newConsumers: new.count, in: provider.language)
        return PlannedMessage(recipient: provider.address, subject: text.subject, body: text.body, incidentID: 0,
                              keepingPersonalData: keepingPersonalData)
    }

    /// Queues the addendum and records the consumers it named, journalled.
    func sendAddendum(caseID: Int64, keepingPersonalData: Bool) throws {
        let message = try addendumMessage(caseID: caseID, keepingPersonalData: keepingPersonalData)
        let new = try consumersNotForwarded(caseID: caseID)
        try queueMessage(to: message.recipient, subject: message.subject, body: message.body, entity: .providerCase, entityID: caseID,
                         keepingPersonalData: keepingPersonalData)
        try markForwarded(consumers: new, caseID: caseID)
        try journal(entity: .providerCase, id: caseID, action: "addendum forwarded",
                    after: "to=\(message.recipient) new_consumers=\(new.count) masked=\(message.maskedCount)")
    }
}
