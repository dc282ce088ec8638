/// The coordinator's own targets and rules: the SLA clock per priority, when
/// like errors are proposed for grouping, and where reports to a provider go.
/// Defaults are documented in the README; the configuration file overrides them.
public struct CoordinationPolicy: Equatable, Sendable {
    public var serviceLevel = ServiceLevel.standard
    public var grouping = GroupingRule()
    /// Report addresses by provider key; `*` for every provider. Without
    /// one, a provider's registered address is used.
    public var providerAddresses: [String: String] = [:]
    /// Codes that are not faults, with their standard answers: such a
    /// report is answered, never absorbed into a provider's outage.
    public var knownAnswers = KnownAnswers.standard
    /// Days before a deadline when `segdesk remind` reminds, largest first.
    public var reminderDays = [14, 7, 2]

    public init() {}

    /// Where reports to the provider with this key go.
    func providerAddress(key: String, registered: String) -> String {
        providerAddresses[key] ?? providerAddresses["*"] ?? registered
    }
}
