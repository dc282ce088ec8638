extension NeedDesk {
    /// A consumer's change request taken out of the incident queue: it
    /// becomes a need (its title and text, its service) backed by the
    /// consumer as a must have, and the incident is resolved with a
    /// reference to the need; the reporter is told, in its language, what
    /// became of the request (its first answer); one transaction, journalled
    /// on both. Returns the need's id.
    @discardableResult
    public func needFromChangeRequest(incidentID: Int64, keepingPersonalData: Bool = false) throws -> Int64 {
        try store.database.inTransaction {
            let (incident, consumer) = try changeRequest(incidentID)
            let services = incident.service == (try? store.intakeDesk.unsortedServiceID()) ? [] : [incident.service]
            let needID = try addNeed(title: UntrustedText.line(incident.title), description: incident.body,
                                     raisedBy: consumer, status: .collected, legal: nil, raisedAt: incident.receivedAt,
                                     serviceIDs: services, backings: [(consumer, .mustHave, nil)])
            try store.journal(entity: .need, id: needID, action: .raised, after: "from_incident=\(incidentID) status=collected")
            let message = try becameNeedMessage(incidentID: incidentID, needID: needID, keepingPersonalData: keepingPersonalData)
            if let message {
                try store.outbox.queue(to: message.recipient, subject: message.subject, body: message.body, entity: .incident,
                                       entityID: incidentID, keepingPersonalData: keepingPersonalData)
                try store.triageDesk.noteAnswered(incidents: [incidentID])
            }
            try store.triageDesk.triage(.setStatus(.resolved, .becameNeed), incidents: [incidentID])
            try store.journal(entity: .incident, id: incidentID, action: .becameANeed,
                              after: "need=\(needID)" + (message.map { " told=\($0.recipient)" } ?? ""))
            return needID
        }
    }

    /// The facts of a change request that can become a need, and its
    /// consumer; refused for any other incident.
    private func changeRequest(_ incidentID: Int64) throws
        -> (facts: (title: String, body: String, service: Int64, consumer: Int64?, kind: String, receivedAt: Int64), consumer: Int64) {
        guard let incident = try store.incidents.requestFacts(id: incidentID) else { throw StoreError.notFound(entity: .incident, id: incidentID) }
        guard incident.kind == IncidentKind.changeRequest.rawValue else {
            throw StoreError.refused(Refusal.notAChangeRequest(incidentID: incidentID))
        }
        guard let consumer = incident.consumer else {
            throw StoreError.refused(Refusal.incidentWithoutConsumer(incidentID: incidentID))
        }
        return (incident, consumer)
    }

    /// The message telling the reporter of change request `incidentID` that
    /// it is need `needID` (the next need's number when not yet made); nil
    /// when the report has no address to answer. Refused, as making the
    /// need is, for an incident that is not a change request.
    public func becameNeedMessage(incidentID: Int64, needID: Int64? = nil, keepingPersonalData: Bool = false) throws -> PlannedMessage? {
        _ = try changeRequest(incidentID)
        guard let found = try store.incidents.replyFacts(id: incidentID) else { throw StoreError.notFound(entity: .incident, id: incidentID) }
        guard let recipient = found.address, MailAddress.isPlausible(recipient) else { return nil }
        let number = try needID ?? store.needs.nextID()
        let text = ReporterMessages.becameNeed(ReportQuote(incidentID: incidentID, externalID: found.reference, title: found.title),
                                               needID: number, in: found.language)
        return PlannedMessage(recipient: recipient, subject: text.subject, body: text.body, incidentID: incidentID,
                              keepingPersonalData: keepingPersonalData)
    }
}
