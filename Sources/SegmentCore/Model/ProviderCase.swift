/// Where a provider case stands with the provider.
public enum CaseStatus: String, CaseIterable, Sendable {
    case open
    case forwarded
    case acknowledged
    case resolved
    case closed

    public var isOpen: Bool { self != .resolved && self != .closed }
}

/// A provider case as the cases pane lists it.
public struct CaseRow: Equatable, Sendable {
    public var id: Int64
    public var title: String
    public var serviceKey: String
    public var errorCode: String?
    public var status: CaseStatus
    public var providerReference: String?
    public var openedAt: Int64
    public var affectedConsumers: Int
    public var reports: Int
    /// When the case went to the provider: the provider's clock runs from here while the case is open.
    public var forwardedAt: Int64?
    /// When the provider acknowledged it (said anything, gave its reference, or resolved it).
    public var acknowledgedAt: Int64? = nil
    /// By when the provider should acknowledge and resolve it, by its targets; nil when none is agreed.
    public var providerResponseDueAt: Int64? = nil
    public var providerResolutionDueAt: Int64? = nil
    public var key: [SQLValue]

    /// When the provider's clock runs out next while the case is with it:
    /// the acknowledgement's until it is acknowledged, then the resolution's.
    public var providerDueAt: Int64? {
        guard status.isOpen, forwardedAt != nil else { return nil }
        return acknowledgedAt == nil ? providerResponseDueAt ?? providerResolutionDueAt : providerResolutionDueAt
    }
}

/// A provider case with its reports and evidence.
public struct CaseDetail: Equatable, Sendable {
    public var row: CaseRow
    public var environment: ServiceEnvironment
    public var forwardedAt: Int64?
    public var resolvedAt: Int64?
    public var firstSeen: Int64?
    public var lastSeen: Int64?
    public var incidents: [IncidentRow]
    /// What the provider said, by mail or noted by the operator, newest first.
    public var providerUpdates: [ReceivedMessage] = []
    /// The newest messages segdesk sent about it, to the provider and to
    /// the reporters of its incidents, and how many there are.
    public var messagesSent = Correspondence(entries: [], total: 0)
    /// Consumers in the case that the provider has not been told of: all of
    /// them before it is forwarded, those that joined since after.
    public var consumersNotForwarded = 0
}
