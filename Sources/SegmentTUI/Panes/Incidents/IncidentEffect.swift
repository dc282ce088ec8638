import SegmentCore

/// What the incidents pane asks of the store: triage, grouping, replies, phone
/// reports, the facts of an incident. Carried as `Effect.incidents`;
/// `EffectRunner.incidentOutcome` carries it out.
public enum IncidentEffect: Equatable, Sendable {
    /// A triage edit on incidents, each refused unless still at the version
    /// the operator saw (`seen`; an incident missing from it is not checked).
    case triage(TriageEdit, ids: [Int64], seen: [Int64: Int])
    case group([Int64], seen: [Int64: Int])
    case groupProposal(GroupingProposal)
    /// Reads the reply to an incident's reporter and asks first; with a
    /// resolution, sending also resolves the incident.
    case prepareReply(incidentID: Int64, text: String, resolution: IncidentResolution?)
    /// The known answer for the incident's code, in its reporter's language, as a reply that resolves it.
    case prepareKnownAnswer(incidentID: Int64)
    case sendReply(incidentID: Int64, text: String, resolution: IncidentResolution?)
    /// `consumer` is an organisation number or a name.
    case addPhoneReport(consumer: String, serviceKey: String, title: String, assessment: Assessment, call: PhoneCall = PhoneCall())
    case attachConsumer(incidentID: Int64, organisationNumber: String)
    case setService(incidentID: Int64, serviceKey: String)
    /// A change request becomes a need backed by its consumer.
    case prepareNeedFromIncident(incidentID: Int64)
    case needFromIncident(incidentID: Int64)
}
