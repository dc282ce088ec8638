import SegmentCore

/// A change `u` can take back, named by the pane whose records it changed.
public protocol ReversibleChange: Equatable, Sendable {
    /// What the status line says was done, and later undone.
    var summary: Wording { get }
    /// Takes the change back in the store.
    func undo(in store: Store) throws
}

/// The operator's last change that `u` can take back: one case per kind.
public enum UndoableChange: Equatable, Sendable {
    case triage(TriageChange)
    case needMerge(NeedMerge)
    case consumerEdit(ConsumerEditChange)

    var change: any ReversibleChange {
        switch self {
        case .triage(let change): change
        case .needMerge(let change): change
        case .consumerEdit(let change): change
        }
    }

    var summary: Wording { change.summary }
}
