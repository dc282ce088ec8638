/// Several consumers hitting one fault: the same service, environment and
/// error code (the fingerprint) from at least K distinct consumers within the
/// window, with no open provider case covering it yet.
public struct GroupingProposal: Equatable, Sendable {
    public var serviceID: Int64
    public var serviceKey: String
    public var environment: ServiceEnvironment
    public var errorCode: String
    public var consumers: Int
    public var reports: Int

    /// One line for the banner.
    public var summary: String {
        "\(consumers) consumers report \(errorCode) on \(serviceKey)\(environment == .test ? " (test)" : "") within the hour"
    }
}

/// When a burst of reports is one fault worth one provider case.
public struct GroupingRule: Equatable, Sendable {
    public var window: Int64 = 3600
    public var minimumConsumers = 3

    public init(window: Int64 = 3600, minimumConsumers: Int = 3) {
        self.window = window
        self.minimumConsumers = minimumConsumers
    }
}
