import SegmentCore

/// What the consumers pane asks of the store: registering and onboarding a
/// consumer, its contacts, services and agreement. Carried as
/// `Effect.consumers`; `EffectRunner.consumerOutcome` carries it out.
public enum ConsumerEffect: Equatable, Sendable {
    case prepareStage(consumerID: Int64, stage: OnboardingStage, note: String?)
    case setStage(consumerID: Int64, stage: OnboardingStage, note: String?)
    case acceptAgreement(consumerID: Int64, version: Int)
    case recordLegalDeclaration(consumerID: Int64, declaredAt: Int64, reference: String)
    /// Reads the requests to accept an agreement version and asks first.
    case prepareAcceptanceRequests(version: Int)
    case requestAcceptance(version: Int)
    case tickChecklist(consumerID: Int64, step: Int, stage: OnboardingStage?, ticked: Bool)
    case registerConsumer(organisationNumber: String, name: String, serviceKeys: [String], contactName: String,
                          contactEmail: String)
    case setContact(consumerID: Int64, role: ContactRole, name: String, email: String)
    case setUses(consumerID: Int64, serviceKey: String, using: Bool)
}
