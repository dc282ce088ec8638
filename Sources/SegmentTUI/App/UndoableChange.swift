import SegmentCore

/// The operator's last change that `u` can take back.
public enum UndoableChange: Equatable, Sendable {
    /// A triage edit or a grouping of incidents.
    case triage(TriageChange)
    /// A need merged into another.
    case needMerge(needID: Int64, into: Int64)

    /// What the status line says was undone.
    var summary: Wording {
        switch self {
        case .triage(let change): change.summary
        case let .needMerge(needID, into): Wording("need #{1} merged into need #{2}", needID, into)
        }
    }
}
