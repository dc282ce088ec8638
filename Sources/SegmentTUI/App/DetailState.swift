import SegmentCore

/// A record opened with Enter, with what relates to it.
public enum RecordDetail: Equatable, Sendable {
    case incident(IncidentDetail)
    case providerCase(CaseDetail)
    case notice(NoticeDetail)
    case need(NeedDetail)
    case consumer(ConsumerDetail)
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
