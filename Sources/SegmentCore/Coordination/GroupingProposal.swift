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
    /// The window the consumers were counted in, in seconds.
    public var window: Int64 = 3600

    /// One line for the banner, in the operator's language.
    public var summary: String {
        localized("{1} consumers report {2} on {3}", Language.interface.number(consumers), UntrustedText.line(errorCode),
                  serviceKey + (environment == .test ? " (test)" : "")) + " " + GroupingRule.within(window)
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

    /// "within the hour", "within 2 hours", "within 30 minutes".
    public static func within(_ window: Int64) -> String {
        window == 3600 ? localized("within the hour") : localized("within {1}", span(window))
    }

    /// "an hour", "2 hours", "30 minutes".
    public static func span(_ window: Int64) -> String {
        if window == 3600 { return localized("an hour") }
        if window % 3600 == 0 { return Language.interface.counted(Int(window / 3600), "{1} hour", "{1} hours") }
        return Language.interface.counted(Int(max(1, window / 60)), "{1} minute", "{1} minutes")
    }
}
