import SegmentCore

/// The selected row's record, read in a moment without keys so that Enter
/// shows it without reading. It holds while nothing changed since: the
/// reducer forgets it after a change of this desk's, and the database's data
/// version, read with it, tells of another process's commit.
public struct RecordAhead: Equatable, Sendable {
    public var detail: DetailState
    /// `PRAGMA data_version` when the record was read.
    public var dataVersion: Int
}
