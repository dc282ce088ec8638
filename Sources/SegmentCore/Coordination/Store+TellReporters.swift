extension Store {
    /// The interim update `:tell` would queue on an open case: one message
    /// per open incident in it, to its reporter (else the consumer's
    /// technical contact), with the reporter's own reference and where the
    /// case stands.
    public func tellMessages(caseID: Int64, text: String, keepingPersonalData: Bool = false) throws -> [PlannedMessage] {
        let row = try caseRow(id: caseID)
        guard row.status.isOpen else { throw StoreError.invalid("case #\(caseID) is \(row.status.rawValue); its reporters were told") }
        let standing = switch row.status {
        case .open: "We are gathering the reports and will bring them to the provider."
        case .forwarded: "The provider has the case and we are waiting for its answer."
        default: "The provider has acknowledged the case and is working on it."
        }
        let title = UntrustedText.line(row.title)
        return try openReporters(caseID: caseID).map { report in
            PlannedMessage(
                recipient: report.recipient, subject: "[SEG-\(report.id)] Update: \(UntrustedText.line(report.title))",
                body: """
                    Your report \(UntrustedText.line(report.reference)) (our reference SEG-\(report.id)) is still open.

                    It is one of \(row.reports) reports from \(row.affectedConsumers) consumers on the same fault: \(title)
                    Status: \(row.status.rawValue). \(standing)

                    \(text)

                    We will write again when it is resolved. Reply to this message if you have news.
                    """, incidentID: report.id, keepingPersonalData: keepingPersonalData)
        }
    }

    /// Queues the interim update to every reporter of the case in one
    /// transaction, journalled. Returns how many were queued.
    @discardableResult
    public func tellReporters(caseID: Int64, text: String, keepingPersonalData: Bool = false) throws -> Int {
        try database.inTransaction {
            let messages = try tellMessages(caseID: caseID, text: text, keepingPersonalData: keepingPersonalData)
            guard !messages.isEmpty else { throw StoreError.invalid("case #\(caseID) has no open report with an address to write to") }
            for message in messages {
                try queueMessage(to: message.recipient, subject: message.subject, body: message.body, entity: "incident",
                                 entityID: message.incidentID, keepingPersonalData: keepingPersonalData)
            }
            try journal(entity: "case", id: caseID, action: "reporters told",
                        after: "messages=\(messages.count) text=\(text) masked=\(messages.reduce(0) { $0 + $1.maskedCount })")
            return messages.count
        }
    }
}
