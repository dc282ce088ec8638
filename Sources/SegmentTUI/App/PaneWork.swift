import SegmentCore

/// Work on a pane's own records, named by the pane in its folder (such as
/// `IncidentEffect`) and carried out by its `EffectRunner` extension, so the
/// shared `Effect` names no pane.
public protocol PaneEffect: Sendable {
    /// Does the work against the runner's store; the action reporting it.
    func run(in runner: EffectRunner, state: AppState, keeping: Bool) throws -> Action?
    /// Whether `other` is the same work, for comparing effects.
    func isSame(as other: any PaneEffect) -> Bool
}

extension PaneEffect where Self: Equatable {
    public func isSame(as other: any PaneEffect) -> Bool { (other as? Self) == self }
}

/// A pane's effect inside `Effect`, compared by value like every effect.
public struct PaneWork: Equatable, Sendable {
    public let effect: any PaneEffect

    public init(_ effect: any PaneEffect) { self.effect = effect }

    public static func == (lhs: PaneWork, rhs: PaneWork) -> Bool { lhs.effect.isSame(as: rhs.effect) }
}
