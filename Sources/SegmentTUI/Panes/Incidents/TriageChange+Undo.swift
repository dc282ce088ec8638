import SegmentCore

/// A triage edit or a grouping of incidents is taken back entry by entry,
/// where no one changed the incident since.
extension TriageChange: ReversibleChange {
    public func undo(in store: Store) throws { try store.triageDesk.undo(self) }
}
