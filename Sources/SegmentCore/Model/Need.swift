/// Where a need stands on its way to the provider.
public enum NeedStatus: String, CaseIterable, Sendable {
    case proposed
    case assessed
    case prioritised
    case sentToProvider = "sent_to_provider"
    case accepted
    case delivered
    case rejected

    public var isOpen: Bool { self != .delivered && self != .rejected }

    public var label: String {
        switch self {
        case .sentToProvider: "sent"
        default: rawValue
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
    public var needsLegalAssessment: Bool
    public var key: [SQLValue]
}

/// One consumer's backing of a need, weighted 1 (nice to have) to 3 (critical).
public struct Backing: Equatable, Sendable {
    public var consumerName: String
    public var weight: Int
}

/// A need with its description and backers.
public struct NeedDetail: Equatable, Sendable {
    public var row: NeedRow
    public var description: String
    public var raisedBy: String?
    public var raisedAt: Int64
    public var backings: [Backing]
}
