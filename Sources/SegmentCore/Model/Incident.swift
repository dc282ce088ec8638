/// What kind of enquiry a consumer sent through the front door.
public enum IncidentKind: String, CaseIterable, Sendable {
    case error
    case question
    case changeRequest = "change_request"
}

/// Where an incident is in its life. Resolved and closed are the done states.
public enum IncidentStatus: String, CaseIterable, Sendable {
    case new
    case triaged
    case waitingOnConsumer = "waiting_consumer"
    case inProviderCase = "in_case"
    case forwarded
    case resolved
    case closed

    public var isOpen: Bool { self != .resolved && self != .closed }

    /// While the provider holds the ball, the coordinator's own clock stops:
    /// from the moment the provider is told (forwarded, or an outage it
    /// announced itself), not when incidents are merely grouped.
    public var stopsCoordinatorClock: Bool { self == .forwarded || !isOpen }

    /// A short label that fits a list column.
    public var label: String {
        switch self {
        case .new: "new"
        case .triaged: "triaged"
        case .waitingOnConsumer: "waiting"
        case .inProviderCase: "in case"
        case .forwarded: "forwarded"
        case .resolved: "resolved"
        case .closed: "closed"
        }
    }
}

/// Why an incident was resolved.
public enum IncidentResolution: String, CaseIterable, Sendable {
    case consumerError = "consumer_error"
    case questionAnswered = "question_answered"
    case duplicate
    case providerFault = "provider_fault"
    case notAFault = "not_a_fault"
    /// A change request taken up as one of the segment's needs.
    case becameNeed = "became_need"
    /// Answered with an article of the knowledge base.
    case answered
}

/// An incident as the incidents pane lists it.
public struct IncidentRow: Equatable, Sendable {
    public var id: Int64
    public var priority: Priority
    public var status: IncidentStatus
    public var receivedAt: Int64
    public var slaDueAt: Int64?
    public var consumerName: String?
    public var serviceKey: String
    public var title: String
    public var errorCode: String?
    /// A reply from the consumer came in that nobody has opened the incident since.
    public var hasUnreadReply = false
    /// The record's version when it was read: an edit made from this row
    /// is refused if someone has changed the incident since.
    public var version = 1
    public var key: [SQLValue]
}

/// An incident with everything its detail view shows.
public struct IncidentDetail: Equatable, Sendable {
    public var row: IncidentRow
    public var externalID: String
    public var kind: IncidentKind
    public var assessment: Assessment
    public var environment: ServiceEnvironment
    public var organisationNumber: String?
    public var reporterName: String?
    public var reporterEmail: String?
    public var body: String
    public var correlationID: String?
    public var assignee: String?
    public var resolution: IncidentResolution?
    public var caseID: Int64?
    public var caseTitle: String?
    public var version: Int
    /// Distinct consumers reporting the same fingerprint within the grouping
    /// window (`sameFaultWindow` seconds) of this one.
    public var consumersWithSameFault = 1
    public var sameFaultWindow: Int64 = 3600
    /// For a report without an error code: others that read nearly the same.
    public var possiblySame: [SimilarReport] = []
    /// The reporter's answers by mail, newest first.
    public var replies: [ReceivedMessage] = []
    /// The newest messages segdesk sent about it, and how many there are.
    public var messagesSent = Correspondence(entries: [], total: 0)
    /// The knowledge base's articles that may answer it, best first.
    public var articleProposals: [ArticleProposal] = []
}
