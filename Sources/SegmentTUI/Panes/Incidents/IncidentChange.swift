import SegmentCore

/// What happened to an incident, as the store reports it.
public enum IncidentChange: RecordChangeFact {
    case replyQueued(incidentID: Int64)
    case consumerAttached(incidentID: Int64, organisationNumber: String)
    case serviceSet(incidentID: Int64, serviceKey: String)
    case noteAdded(RecordKind, id: Int64)
    case becameNeed(incidentID: Int64, needID: Int64)
    case phoneReportRecorded(incidentID: Int64)

    public var wording: String {
        switch self {
        case .replyQueued(let id): localized("replied on incident #{1}; the message is queued (segdesk outbox deliver sends it)", id)
        case let .consumerAttached(id, number): localized("incident #{1} attached to consumer {2}", id, number)
        case let .serviceSet(id, key): localized("incident #{1} is about {2}", id, key)
        case let .noteAdded(kind, id): localized("note added to {1} #{2}", localized(kind.word), id)
        case let .becameNeed(incidentID, needID):
            localized("incident #{1} is need #{2} now, backed by its consumer; the incident is resolved", incidentID, needID)
        case .phoneReportRecorded(let id): localized("incident #{1} recorded from the phone call", id)
        }
    }
}
