/// A change the operator makes to a consumer from the dashboard. Each has a
/// reverse that `ConsumerDesk.edit` returns, so the change can be taken back.
public enum ConsumerEdit: Equatable, Sendable {
    /// The contact of a role: replaces the one it had, the first if several.
    case contact(ContactRole, name: String, email: String)
    /// No contact of a role: the reverse of giving a consumer its first.
    case noContact(ContactRole)
    case uses(service: String, using: Bool)
    case stage(OnboardingStage, note: String?)
    case name(String)
    /// Its mail domain; nil for none.
    case domain(String?)
    /// The technical operator that runs its integration; nil when it runs it itself.
    case technicalOperator(organisationNumber: String?, name: String?)
}

/// A consumer edit made: whose, what takes it back, and the consumer's
/// version after it, which the reverse must find unchanged.
public struct ConsumerEditResult: Equatable, Sendable {
    public var consumerName: String
    public var reverse: ConsumerEdit
    public var versionAfter: Int
}
