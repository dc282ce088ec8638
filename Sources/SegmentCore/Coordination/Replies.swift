/// Answering one reporter: the reply quoting their reference, queued with
/// the incident's triage in one transaction. A workflow over a store.
public struct Replies {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    /// An incident's error code and the language its reporter reads, for
    /// the answer to send.
    public func codeAndLanguage(incidentID: Int64) throws -> (code: String?, language: Language) {
        guard let found = try store.incidents.replyFacts(id: incidentID) else { throw StoreError.notFound(entity: .incident, id: incidentID) }
        return (try store.incident(id: incidentID).row.errorCode, found.language)
    }

    /// The reply to an incident's reporter (else its consumer's technical
    /// contact), quoting their reference.
    public func message(incidentID: Int64, text: String, keepingPersonalData: Bool = false) throws -> PlannedMessage {
        guard let found = try store.incidents.replyFacts(id: incidentID) else { throw StoreError.notFound(entity: .incident, id: incidentID) }
        guard let recipient = found.address, MailAddress.isPlausible(recipient) else {
            throw StoreError.refused(Refusal.noReplyAddress(incidentID: incidentID))
        }
        let message = ReporterMessages.reply(ReportQuote(incidentID: incidentID, externalID: found.reference, title: found.title), text: text,
                                             in: found.language)
        return PlannedMessage(recipient: recipient, subject: message.subject, body: message.body, incidentID: incidentID,
                              keepingPersonalData: keepingPersonalData)
    }

    /// Queues a reply and, when `resolution` is given, resolves the incident
    /// with it, in one transaction with the journal.
    public func send(incidentID: Int64, text: String, resolution: IncidentResolution?, keepingPersonalData: Bool = false) throws {
        try store.database.inTransaction {
            let message = try message(incidentID: incidentID, text: text, keepingPersonalData: keepingPersonalData)
            try store.outbox.queue(to: message.recipient, subject: message.subject, body: message.body, entity: .incident,
                             entityID: incidentID, keepingPersonalData: keepingPersonalData)
            try store.journal(entity: .incident, id: incidentID, action: .replied, after: "to=\(message.recipient)")
            try store.triageDesk.noteAnswered(incidents: [incidentID])
            if let resolution {
                try store.triageDesk.triage(.setStatus(.resolved, resolution), incidents: [incidentID])
            } else if try store.triageDesk.snapshot(of: incidentID).0.status == .new {
                try store.triageDesk.triage(.setStatus(.triaged, nil), incidents: [incidentID])
            }
        }
    }
}
