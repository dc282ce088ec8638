extension Store {
    /// Where a message about incident `i` goes: its reporter's address, else
    /// its consumer's technical contact. An SQL expression over alias `i`.
    static let replyAddress = """
        coalesce(i.reporter_email, (SELECT email FROM contacts WHERE consumer_id = i.consumer_id AND role = 'technical'
                                    ORDER BY id LIMIT 1))
        """

    /// The language of incident `i`'s consumer, bokmål when it has none. An
    /// SQL expression over alias `i`.
    static let reporterLanguage = "coalesce((SELECT language FROM consumers WHERE id = i.consumer_id), 'nb')"

    /// The reply to an incident's reporter (else its consumer's technical
    /// contact), quoting their reference.
    public func replyMessage(incidentID: Int64, text: String, keepingPersonalData: Bool = false) throws -> PlannedMessage {
        guard let found = try database.first("""
            SELECT i.external_id, i.title, \(Self.replyAddress), \(Self.reporterLanguage) FROM incidents i WHERE i.id = ?
            """, [.integer(incidentID)], { ($0.string(0), $0.string(1), $0.optionalString(2), $0.language(3)) }) else {
            throw StoreError.notFound(entity: .incident, id: incidentID)
        }
        guard let recipient = found.2, MailAddress.isPlausible(recipient) else {
            throw StoreError.invalid(localized("incident {1} has no reporter address and its consumer no technical contact", incidentID))
        }
        let message = ReporterMessages.reply(ReportQuote(incidentID: incidentID, reference: found.0, title: found.1), text: text,
                                             in: found.3)
        return PlannedMessage(recipient: recipient, subject: message.subject, body: message.body, incidentID: incidentID,
                              keepingPersonalData: keepingPersonalData)
    }

    /// Queues a reply and, when `resolution` is given, resolves the incident
    /// with it, in one transaction with the journal.
    public func reply(incidentID: Int64, text: String, resolution: IncidentResolution?, keepingPersonalData: Bool = false) throws {
        try database.inTransaction {
            let message = try replyMessage(incidentID: incidentID, text: text, keepingPersonalData: keepingPersonalData)
            try queueMessage(to: message.recipient, subject: message.subject, body: message.body, entity: .incident,
                             entityID: incidentID, keepingPersonalData: keepingPersonalData)
            try journal(entity: .incident, id: incidentID, action: "replied", after: "to=\(message.recipient)")
            if let resolution {
                try triage(.setStatus(.resolved, resolution), incidents: [incidentID])
            } else if try snapshot(of: incidentID).0.status == .new {
                try triage(.setStatus(.triaged, nil), incidents: [incidentID])
            }
        }
    }
}
