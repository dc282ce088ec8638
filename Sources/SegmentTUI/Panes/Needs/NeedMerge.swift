import SegmentCore

/// A need merged into another; undoing it gives the need its own backers back.
public struct NeedMerge: ReversibleChange {
    public let needID: Int64
    public let target: Int64

    public var summary: Wording { Wording("need #{1} merged into need #{2}", needID, target) }

    public func undo(in store: Store) throws { try store.needDesk.unmergeNeed(needID) }
}
