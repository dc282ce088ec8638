import SegmentCore

/// A change `u` can take back, named by the pane whose records it changed.
public protocol ReversibleChange: Equatable, Sendable {
    /// What the status line says was done, and later undone.
    var summary: Wording { get }
    /// Takes the change back in the store.
    func undo(in store: Store) throws
}

/// The operator's last change that `u` can take back, of any pane.
public struct UndoableChange: Equatable, Sendable {
    public let change: any ReversibleChange

    public init(_ change: some ReversibleChange) { self.change = change }

    var summary: Wording { change.summary }

    public static func == (left: UndoableChange, right: UndoableChange) -> Bool {
        left.change.isSame(as: right.change)
    }
}

extension ReversibleChange {
    fileprivate func isSame(as other: any ReversibleChange) -> Bool {
        (other as? Self) == self
    }
}
