extension CaseDesk {
    /// The interim update `:tell` would queue on an open case: one message
    /// per open incident in it, to its reporter (else the consumer's
    /// technical contact), with the reporter's own reference and where the
    /// case stands.
    public func tellMessages(caseID: Int64, text: String, keepingPersonalData: Bool = false) throws -> [PlannedMessage] {
        let row = try caseRow(id: caseID)
        guard row.status.isOpen else { throw StoreError.refused(Refusal.reportersAlreadyTold(caseID: caseID, status: row.status.rawValue)) }
        return try openReporters(caseID: caseID).map { report in
            let message = ReporterMessages.interimUpdate(report.quote, caseTitle: row.title, reports: row.reports,
                                                         consumers: row.affectedConsumers, status: row.status, text: text,
                                                         in: report.language)
            return PlannedMessage(recipient: report.recipient, subject: message.subject, body: message.body,
                                  incidentID: report.id, keepingPersonalData: keepingPersonalData)
        }
    }

    /// Queues the interim update to every reporter of the case in one
    /// transaction, journalled. Returns how many were queued.
    @discardableResult
    public func tellReporters(caseID: Int64, text: String, keepingPersonalData: Bool = false) throws -> Int {
        try store.database.inTransaction {
            let messages = try tellMessages(caseID: caseID, text: text, keepingPersonalData: keepingPersonalData)
            guard !messages.isEmpty else { throw StoreError.refused(Refusal.noReporterAddress(caseID: caseID)) }
            for message in messages {
                try store.outbox.queue(to: message.recipient, subject: message.subject, body: message.body, entity: .incident,
                                 entityID: message.incidentID, keepingPersonalData: keepingPersonalData)
            }
            try store.triageDesk.noteAnswered(incidents: messages.map(\.incidentID))
            try store.journal(entity: .providerCase, id: caseID, action: .reportersTold,
                        after: "messages=\(messages.count) text=\(text) masked=\(messages.reduce(0) { $0 + $1.maskedCount })")
            return messages.count
        }
    }
}
