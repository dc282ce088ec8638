import SegmentCore

/// What the consumers pane asks of the store: registering and onboarding a
/// consumer, its contacts, services and agreement. Carried as
/// `Effect.consumers`; `EffectRunner.consumerOutcome` carries it out.
public enum ConsumerEffect: Equatable, Sendable {
    /// Reads what a stage move leaves undone and asks first when anything is.
    case prepareStage(consumerID: Int64, stage: OnboardingStage, note: String?, seen: Int?)
    /// An edit made on the consumer as it was at version `seen`; `u` takes it back.
    case edit(consumerID: Int64, ConsumerEdit, seen: Int?)
    case acceptAgreement(consumerID: Int64, version: Int)
    case recordLegalDeclaration(consumerID: Int64, declaredAt: Int64, reference: String, seen: Int?)
    /// Reads the requests to accept an agreement version and asks first.
    case prepareAcceptanceRequests(version: Int)
    case requestAcceptance(version: Int)
    case tickChecklist(consumerID: Int64, step: Int, stage: OnboardingStage?, ticked: Bool)
    case registerConsumer(ConsumerRegistration)
}
