/// Where a need stands on its road from the consumers to a decision.
public enum NeedStatus: String, CaseIterable, Sendable {
    case collected
    case assessed
    case prioritised
    /// Sent to the provider, which is to decide.
    case sent
    case accepted
    case rejected
    case delivered
    /// Joined into another need that says the same; kept, pointing to it.
    case merged

    public var isOpen: Bool { ![.delivered, .rejected, .merged].contains(self) }

    public var label: String { rawValue }
}

/// Whether the segment's legal basis covers what a need asks for.
public enum LegalBasis: String, CaseIterable, Sendable {
    case covered
    case unclear
    case notCovered = "not_covered"

    public var label: String { self == .notCovered ? "not covered" : rawValue }
}

/// How much a consumer needs what it backs.
public enum Importance: Int, CaseIterable, Sendable {
    case mustHave = 1
    case important = 2
    case niceToHave = 3

    public var label: String {
        switch self {
        case .mustHave: "must have"
        case .important: "important"
        case .niceToHave: "nice to have"
        }
    }
}

/// A need as the needs pane lists it: ranked by weighted backing.
public struct NeedRow: Equatable, Sendable {
    public var id: Int64
    public var title: String
    public var status: NeedStatus
    public var backers: Int
    public var score: Int
    /// Nil until assessed.
    public var legal: LegalBasis?
    /// Counts its changes: an edit names the version it was made on.
    public var version: Int
    public var key: [SQLValue]
}

/// One consumer's backing of a need.
public struct Backing: Equatable, Sendable {
    public var consumerName: String
    public var organisationNumber: String
    public var importance: Importance
    public var useCase: String?
}

/// A need with its description, services, backers and the road so far.
public struct NeedDetail: Equatable, Sendable {
    public var row: NeedRow
    public var description: String
    public var raisedBy: String?
    public var raisedAt: Int64
    public var services: [String]
    /// Most important first; at most the first 250.
    public var backings: [Backing]
    public var legalNote: String?
    public var mergedInto: Int64?
    /// The provider's reference for its decision, and when it was recorded.
    public var decisionReference: String?
    public var decidedAt: Int64?

    public init(row: NeedRow, description: String, raisedBy: String?, raisedAt: Int64, services: [String], backings: [Backing],
                legalNote: String? = nil, mergedInto: Int64? = nil, decisionReference: String? = nil, decidedAt: Int64? = nil) {
        self.row = row
        self.description = description
        self.raisedBy = raisedBy
        self.raisedAt = raisedAt
        self.services = services
        self.backings = backings
        self.legalNote = legalNote
        self.mergedInto = mergedInto
        self.decisionReference = decisionReference
        self.decidedAt = decidedAt
    }
}
