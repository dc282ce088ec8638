/// How a new incident reached the coordinator, as its journal says it.
public enum IncidentArrival: Sendable {
    /// Read from a file: the import's own journal entry speaks for it.
    case imported
    /// Taken by phone by the operator at the keyboard.
    case phone
    /// Received by mail; `facts` (sender, message id, notes) join its entry.
    case mail(facts: String)
    /// Written as it stands, by the demo or a test: no entry of its own.
    case recorded
}

extension IntakeDesk {
    /// The one way a new incident enters the store, whatever its source: it
    /// is written, its arrival journalled, and an outage the provider has
    /// announced on its service at the time it was received absorbs it
    /// (`OutageJoin`). An import writes many at once the same way with
    /// `addIncidentsIfNew` and then `absorbIntoAnnouncedOutages`. Returns
    /// the incident's id.
    @discardableResult
    public func addIncident(_ incident: NewIncident, arrival: IncidentArrival = .recorded) throws -> Int64 {
        try store.database.inTransaction {
            let id = try store.insertIncident(incident)
            switch arrival {
            case .phone: try store.journal(entity: .incident, id: id, action: .takenByPhone, after: "by=\(store.operatorLogin)")
            case .mail(let facts): try store.journal(entity: .incident, id: id, action: .receivedByMail, after: facts)
            case .imported, .recorded: break
            }
            try absorbIntoAnnouncedOutages(addedAfter: id - 1)
            return id
        }
    }

    /// Lets each outage the provider announced absorb the incidents added
    /// after `lastID` that it covers (their service, the time they were
    /// received); returns how many joined an outage's case. Every path that
    /// adds incidents ends here, once the kept counts are current again: the
    /// absorbed incident leaves "new" for "forwarded" through the same
    /// triggers as any other change.
    @discardableResult
    func absorbIntoAnnouncedOutages(addedAfter lastID: Int64) throws -> Int {
        let outages = try store.announcedOutages()
        guard !outages.periods.isEmpty else { return 0 }
        let added = try store.incidents.added(after: lastID)
        var joined = 0
        for incident in added where outages.cover(service: incident.service, at: incident.receivedAt) {
            if try OutageJoin(store: store).join(incidentID: incident.id) != nil { joined += 1 }
        }
        return joined
    }
}
