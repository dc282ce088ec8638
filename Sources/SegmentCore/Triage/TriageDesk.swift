/// The incidents as the operator triages them: assigned, assessed, moved
/// along their statuses with the clock that follows, taken out of a case,
/// attached to their consumer and service, noted, their replies read; and
/// undone when nobody has changed them since. A workflow over the store
/// that journals each change and writes through the repositories.
public struct TriageDesk {
    let store: Store
}

extension Store {
    /// The work of triage.
    public var triageDesk: TriageDesk { TriageDesk(store: self) }
}
