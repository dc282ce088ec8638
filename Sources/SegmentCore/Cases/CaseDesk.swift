/// The provider cases as the coordinator follows them up: the provider's
/// reference, what every reporter is told while the provider works, and
/// the resolution that tells them all. A workflow over the store that
/// journals each step and writes through the repositories; forwarding and
/// grouping are values of their own (`Forwarding`, `Grouping`).
public struct CaseDesk {
    let store: Store
}

extension Store {
    /// The work on provider cases.
    public var caseDesk: CaseDesk { CaseDesk(store: self) }
}
