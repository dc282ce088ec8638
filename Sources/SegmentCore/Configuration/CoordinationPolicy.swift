/// The coordinator's own targets and rules: the SLA clock per priority, when
/// like errors are proposed for grouping, and where reports to a provider go.
/// Defaults are documented in the README; the configuration file overrides them.
public struct CoordinationPolicy: Equatable, Sendable {
    public var serviceLevel = ServiceLevel.standard
    /// The domain of the configuration's `from`: every Message-ID segdesk
    /// writes is in it, as mail programs expect of the sender's own.
    public var senderDomain = "segdesk.invalid"
    /// The provider's targets per priority, in seconds, to acknowledge and to
    /// resolve a forwarded case, where the provider's own record sets none
    /// (`provider_response.P1`, `provider_resolution.P1`); none by default.
    public var providerResponse: [Priority: Int64] = [:]
    public var providerResolution: [Priority: Int64] = [:]
    public var grouping = GroupingRule()
    /// Report addresses by provider key; `*` for every provider. Without
    /// one, a provider's registered address is used.
    public var providerAddresses: [String: String] = [:]
    /// Codes that are not faults, with their standard answers: such a
    /// report is answered, never absorbed into a provider's outage.
    public var knownAnswers = KnownAnswers.standard
    /// Days before a deadline when `segdesk remind` reminds, largest first.
    public var reminderDays = [14, 7, 2]
    /// The least time, in seconds, between first sending a consumer a
    /// notice or an agreement request and reminding it of that.
    public var reminderMinimumGap: Int64 = 86_400
    /// What one backing adds to a need's score, by importance: must have,
    /// important, nice to have.
    public var needWeights = [3, 2, 1]
    /// Each onboarding stage's checklist, in the order the configuration
    /// lists its `checklist.STAGE` lines.
    public var checklists: [OnboardingStage: [ChecklistStep]] = [:]
    /// Periods changes should avoid; a notice effective in one is flagged.
    public var freezeWindows: [FreezeWindow] = []

    public init() {}

    /// What a backing of `importance` adds to a need's score.
    func weight(of importance: Importance) -> Int { needWeights[importance.rawValue - 1] }

    /// Where reports to the provider with this key go.
    func providerAddress(key: String, registered: String) -> String {
        providerAddresses[key] ?? providerAddresses["*"] ?? registered
    }
}

/// A period the segment has asked the provider to keep changes out of (the
/// year's end, tax season), from the configuration's `freeze.NAME` lines.
public struct FreezeWindow: Equatable, Sendable {
    public var name: String
    public var from: Int64
    /// The first moment after the window.
    public var until: Int64

    /// True when `time` falls inside the window.
    public func covers(_ time: Int64) -> Bool { time >= from && time < until }
}
