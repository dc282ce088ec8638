/// What reaches the coordinator from outside, taken in: reports from a
/// file, by mail or by phone, which all enter through `addIncident` (an
/// announced outage absorbing what it covers); replies and provider updates
/// by mail joining their thread; the provider's services and its notices
/// by mail. A workflow over the store that journals what arrived and
/// writes through the repositories.
public struct IntakeDesk {
    let store: Store
}

extension Store {
    /// The work of taking things in.
    public var intakeDesk: IntakeDesk { IntakeDesk(store: self) }
}
