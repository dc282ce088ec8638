/// What the provider is telling the segment.
public enum NoticeKind: String, CaseIterable, Sendable {
    case datasetChange = "dataset_change"
    case interfaceChange = "interface_change"
    case deviation
    case maintenance
    case regulatory

    public var label: String {
        switch self {
        case .datasetChange: "dataset"
        case .interfaceChange: "interface"
        case .deviation: "outage"
        case .maintenance: "maintenance"
        case .regulatory: "regulatory"
        }
    }
}

/// A change notice as the notices pane lists it.
public struct NoticeRow: Equatable, Sendable {
    public var id: Int64
    public var kind: NoticeKind
    public var title: String
    public var breaking: Bool
    public var effectiveAt: Int64
    public var deadline: Int64?
    public var isActive: Bool
    public var acknowledged: Int
    public var affected: Int
    public var key: [SQLValue]
}

/// One affected consumer's acknowledgement of a notice.
public struct Acknowledgement: Equatable, Sendable {
    public var consumerName: String
    public var organisationNumber: String
    public var acknowledgedAt: Int64?
}

/// A change notice with its text, services and acknowledgements.
public struct NoticeDetail: Equatable, Sendable {
    public var row: NoticeRow
    public var body: String
    public var services: [String]
    public var publishedAt: Int64
    public var acknowledgements: [Acknowledgement]
    /// For an outage in force: open reports on its services, received since
    /// it began and in no case, that `:join` would take into its case.
    public var reportsToJoin = 0
}
