import SegmentCore

/// What the needs pane asks of the store: raising, backing, merging a need, its
/// legal basis and its steps. Carried as `Effect.needs`;
/// `EffectRunner.needOutcome` carries it out.
public enum NeedEffect: Equatable, Sendable {
    case back(needID: Int64, organisationNumber: String, importance: Importance, useCase: String?)
    /// Each change below is made on the need as it was at version `seen`.
    case mergeNeed(needID: Int64, into: Int64, seen: Int?)
    case assessLegalBasis(needID: Int64, basis: LegalBasis, note: String?, seen: Int?)
    /// Reads the messages to a need's backers and asks first.
    case prepareNeedStep(needID: Int64, step: NeedStep, seen: Int?)
    case takeNeedStep(needID: Int64, step: NeedStep, seen: Int?)
    /// A need from the form: `raisedBy` is an organisation number.
    case raiseNeed(title: String, description: String, serviceKeys: [String], raisedBy: String)
}
