import SegmentCore

/// A record of some pane with what relates to it, as its descriptor reads it.
protocol PaneRecord: Equatable, Sendable {
    /// Its lines in the record view or the preview, before its history.
    func lines(_ state: AppState) -> [DetailLine]
}

/// A record opened with Enter or shown in the preview, of any pane; the
/// pane's code reads it back with `of`.
public struct RecordDetail: Equatable, Sendable {
    private let record: any PaneRecord

    init(_ record: some PaneRecord) { self.record = record }

    /// The record as an `R`, or nil when it is of another kind.
    func of<R: PaneRecord>(_ kind: R.Type) -> R? { record as? R }

    func lines(_ state: AppState) -> [DetailLine] { record.lines(state) }

    public static func == (left: RecordDetail, right: RecordDetail) -> Bool { left.record.isSame(as: right.record) }
}

extension PaneRecord {
    fileprivate func isSame(as other: any PaneRecord) -> Bool { (other as? Self) == self }
}

/// The open record view: the record, its journal history and the scroll offset.
public struct DetailState: Equatable, Sendable {
    public var pane: PaneKind
    public var id: Int64
    public var record: RecordDetail
    public var history: [JournalEntry]
    public var scroll = 0
    /// Opening it marked a consumer's reply as read, so the incidents pane
    /// and the header, which showed it as new, are out of date.
    public var markedReplyRead = false
    /// Opened for a new reply: it scrolls to the replies once the view has
    /// measured where they start.
    public var scrollsToReplies = false

    public init(pane: PaneKind, id: Int64, record: RecordDetail, history: [JournalEntry]) {
        self.pane = pane
        self.id = id
        self.record = record
        self.history = history
    }
}
