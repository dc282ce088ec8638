extension Store {
    /// Records the provider's own reference for a case (journaled).
    public func recordProviderReference(caseID: Int64, reference: String) throws {
        let reference = MailHeader.oneLine(reference).trimmingCharacters(in: .whitespaces)
        guard !reference.isEmpty else { throw StoreError.invalid("a provider reference cannot be empty") }
        try database.inTransaction {
            let before = try caseRow(id: caseID)
            let status = before.status == .open || before.status == .forwarded ? CaseStatus.acknowledged : before.status
            try database.run("""
                UPDATE provider_cases SET provider_reference = ?, status = ?, search_text = ?, version = version + 1 WHERE id = ?
                """, [.text(reference), .text(status.rawValue),
                      .text(SmallPaneFilter.searchText(before.title, before.errorCode, reference)), .integer(caseID)])
            try journal(entity: "case", id: caseID, action: "provider reference",
                        before: "provider_reference=\(before.providerReference ?? "-") status=\(before.status.rawValue)",
                        after: "provider_reference=\(reference) status=\(status.rawValue)")
        }
    }

    /// The messages resolving a case would queue: one per open incident in it,
    /// to its reporter (else the consumer's technical contact), quoting the
    /// reporter's own reference.
    public func resolutionMessages(caseID: Int64, resolution: String, keepingPersonalData: Bool = false) throws -> [PlannedMessage] {
        // Titles come from consumers; what one wrote goes to all, so it leaves clean.
        let title = UntrustedText.line(try caseRow(id: caseID).title)
        return try database.rows("""
            SELECT i.id, i.external_id, i.title, \(Self.replyAddress), i.received_at
            FROM incidents i WHERE i.case_id = ? AND i.sort_group < \(IncidentOrder.doneGroup) ORDER BY i.received_at
            """, [.integer(caseID)]) { row -> PlannedMessage? in
            guard let recipient = row.optionalString(3), MailAddress.isPlausible(recipient) else { return nil }
            let id = row.int(0)
            return PlannedMessage(
                recipient: recipient, subject: "[SEG-\(id)] Resolved: \(UntrustedText.line(row.string(2)))",
                body: """
                    Your report \(UntrustedText.line(row.string(1))) (our reference SEG-\(id)) is resolved.

                    The provider has fixed the fault behind it: \(title)
                    \(resolution)

                    Reports from several consumers were handled together as one case with the provider.
                    Reply to this message if the fault is still there.
                    """, incidentID: id, keepingPersonalData: keepingPersonalData)
        }.compactMap { $0 }
    }

    /// Resolves a case: the case and its open incidents become resolved
    /// (provider fault), and one message per reporter is queued, all in one
    /// transaction with the journal. Returns the number of messages queued.
    @discardableResult
    public func resolveCase(caseID: Int64, resolution: String, keepingPersonalData: Bool = false) throws -> Int {
        try database.inTransaction {
            let before = try caseRow(id: caseID)
            guard before.status.isOpen else { throw StoreError.invalid("case #\(caseID) is already \(before.status.rawValue)") }
            let messages = try resolutionMessages(caseID: caseID, resolution: resolution, keepingPersonalData: keepingPersonalData)
            let open = try database.rows("SELECT id FROM incidents WHERE case_id = ? AND sort_group < \(IncidentOrder.doneGroup)", [.integer(caseID)]) { $0.int(0) }
            if !open.isEmpty { try triage(.setStatus(.resolved, .providerFault), incidents: open) }
            try database.run("""
                UPDATE provider_cases SET status = 'resolved', resolved_at = ?, resolution_text = ?, sort_group = 1,
                    version = version + 1 WHERE id = ?
                """, [.integer(now()), .text(resolution), .integer(caseID)])
            for message in messages {
                try queueMessage(to: message.recipient, subject: message.subject, body: message.body,
                                 entity: "incident", entityID: message.incidentID, keepingPersonalData: keepingPersonalData)
            }
            try journal(entity: "case", id: caseID, action: "resolved", before: "status=\(before.status.rawValue)",
                        after: "status=resolved incidents=\(open.count) messages=\(messages.count)")
            return messages.count
        }
    }
}
