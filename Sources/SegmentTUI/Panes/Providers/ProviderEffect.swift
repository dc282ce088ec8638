import SegmentCore

/// What the providers pane asks of the store: a provider's targets and
/// contacts, and a new service. Carried as `Effect.providers`;
/// `EffectRunner.providerOutcome` carries it out.
public enum ProviderEffect: Equatable, Sendable {
    case setTarget(providerID: Int64, ProviderTarget)
    case setContact(providerID: Int64, role: ProviderContactRole, name: String, email: String)
    case registerService(providerKey: String, key: String, name: String, environments: [String], description: String)
}
