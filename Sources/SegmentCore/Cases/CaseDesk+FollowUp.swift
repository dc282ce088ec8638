extension CaseDesk {
    /// Records the provider's own reference for a case (journaled).
    public func recordProviderReference(caseID: Int64, reference: String) throws {
        let reference = MailHeader.oneLine(reference).trimmingCharacters(in: .whitespaces)
        guard !reference.isEmpty else { throw StoreError.refused(Refusal.emptyProviderReference) }
        try store.database.inTransaction {
            let before = try caseRow(id: caseID)
            let status = before.status == .open || before.status == .forwarded ? CaseStatus.acknowledged : before.status
            try store.cases.setReference(reference, status: status, caseID: caseID, title: before.title, errorCode: before.errorCode)
            try store.journal(entity: .providerCase, id: caseID, action: .providerReference,
                        before: "provider_reference=\(before.providerReference ?? "-") status=\(before.status.rawValue)",
                        after: "provider_reference=\(reference) status=\(status.rawValue)")
        }
    }

    /// The messages resolving a case would queue: one per open incident in it,
    /// to its reporter (else the consumer's technical contact), quoting the
    /// reporter's own reference.
    public func resolutionMessages(caseID: Int64, resolution: String, keepingPersonalData: Bool = false) throws -> [PlannedMessage] {
        // Titles come from consumers; what one wrote goes to all, so it leaves clean (the builder cleans it).
        let title = try caseRow(id: caseID).title
        return try openReporters(caseID: caseID).map { report in
            let text = ReporterMessages.resolved(report.quote, caseTitle: title, resolution: resolution, in: report.language)
            return PlannedMessage(recipient: report.recipient, subject: text.subject, body: text.body, incidentID: report.id,
                                  keepingPersonalData: keepingPersonalData)
        }
    }

    /// The open incidents of a case whose reporter can be written to (the
    /// reporter's address, else the consumer's technical contact), oldest first.
    func openReporters(caseID: Int64) throws -> [Reporter] {
        try store.cases.openReporters(caseID: caseID).compactMap { report -> Reporter? in
            guard let recipient = report.address, MailAddress.isPlausible(recipient) else { return nil }
            return Reporter(quote: ReportQuote(incidentID: report.id, externalID: report.reference, title: report.title),
                            recipient: recipient, language: report.language)
        }
    }

    /// An open report's reporter: what to quote, where to write, in which language.
    struct Reporter {
        var quote: ReportQuote
        var recipient: String
        var language: Language
        var id: Int64 { quote.incidentID }
    }

    /// Resolves a case: the case and its open incidents become resolved
    /// (provider fault), and one message per reporter is queued, all in one
    /// transaction with the journal. Returns the number of messages queued.
    @discardableResult
    public func resolveCase(caseID: Int64, resolution: String, keepingPersonalData: Bool = false) throws -> Int {
        try store.database.inTransaction {
            let before = try caseRow(id: caseID)
            guard before.status.isOpen else { throw StoreError.refused(Refusal.caseAlready(caseID: caseID, status: before.status.rawValue)) }
            let messages = try resolutionMessages(caseID: caseID, resolution: resolution, keepingPersonalData: keepingPersonalData)
            try store.triageDesk.noteAnswered(incidents: messages.map(\.incidentID))
            let open = try store.cases.openIncidents(caseID: caseID)
            if !open.isEmpty { try store.triageDesk.triage(.setStatus(.resolved, .providerFault), incidents: open) }
            try store.cases.markResolved(caseID: caseID, resolution: resolution)
            for message in messages {
                try store.outbox.queue(to: message.recipient, subject: message.subject, body: message.body,
                                 entity: .incident, entityID: message.incidentID, keepingPersonalData: keepingPersonalData)
            }
            try store.journal(entity: .providerCase, id: caseID, action: .resolved, before: "status=\(before.status.rawValue)",
                        after: "status=resolved incidents=\(open.count) messages=\(messages.count)")
            return messages.count
        }
    }
}
