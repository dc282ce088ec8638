import SegmentCore

/// What the cases pane asks of the store: the provider's reference and updates,
/// forwarding, telling reporters, resolving. Carried as `Effect.cases`;
/// `EffectRunner.caseOutcome` carries it out.
public enum CaseEffect: Equatable, Sendable {
    case recordProviderReference(caseID: Int64, reference: String)
    /// Reads what resolving would send and asks first.
    case prepareResolution(caseID: Int64, resolution: String)
    case resolveCase(caseID: Int64, resolution: String)
    /// Reads the report to the provider and asks first.
    case prepareForward(caseID: Int64)
    case forwardCase(caseID: Int64)
    case recordProviderUpdate(caseID: Int64, text: String)
    /// Reads the interim update to a case's reporters and asks first.
    case prepareTell(caseID: Int64, text: String)
    case tellReporters(caseID: Int64, text: String)
}
