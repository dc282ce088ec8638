extension NeedDesk {
    /// A consumer's change request taken out of the incident queue: it
    /// becomes a need (its title and text, its service) backed by the
    /// consumer as a must have, and the incident is resolved with a
    /// reference to the need; one transaction, journalled on both. Returns
    /// the need's id.
    @discardableResult
    public func needFromChangeRequest(incidentID: Int64) throws -> Int64 {
        try store.database.inTransaction {
            guard let incident = try store.incidents.requestFacts(id: incidentID) else { throw StoreError.notFound(entity: .incident, id: incidentID) }
            guard incident.kind == IncidentKind.changeRequest.rawValue else {
                throw StoreError.refused(Refusal.notAChangeRequest(incidentID: incidentID))
            }
            guard let consumer = incident.consumer else {
                throw StoreError.refused(Refusal.incidentWithoutConsumer(incidentID: incidentID))
            }
            let services = incident.service == (try? store.intakeDesk.unsortedServiceID()) ? [] : [incident.service]
            let needID = try addNeed(title: UntrustedText.line(incident.title), description: incident.body,
                                     raisedBy: Int64(consumer), status: .collected, legal: nil, raisedAt: incident.receivedAt,
                                     serviceIDs: services, backings: [(Int64(consumer), .mustHave, nil)])
            try store.journal(entity: .need, id: needID, action: .raised, after: "from_incident=\(incidentID) status=collected")
            try store.triageDesk.triage(.setStatus(.resolved, .becameNeed), incidents: [incidentID])
            try store.journal(entity: .incident, id: incidentID, action: .becameANeed, after: "need=\(needID)")
            return needID
        }
    }
}
