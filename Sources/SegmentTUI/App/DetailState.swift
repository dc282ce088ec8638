import SegmentCore

/// A record of some pane with what relates to it, as its descriptor reads it.
protocol PaneRecord: Equatable, Sendable {
    /// Its lines in the record view or the preview, before its history.
    func lines(_ state: AppState) -> [DetailLine]
}

/// A record opened with Enter or shown in the preview, as its pane reads
/// it: one case per pane, read back by the pane through its case.
public enum RecordDetail: Equatable, Sendable {
    case incident(IncidentDetail)
    case providerCase(CaseDetail)
    case notice(NoticeDetail)
    case need(NeedDetail)
    case consumer(ConsumerDetail)
    case provider(ProviderDetail)
    case article(Article)

    func lines(_ state: AppState) -> [DetailLine] {
        switch self {
        case .incident(let record): record.lines(state)
        case .providerCase(let record): record.lines(state)
        case .notice(let record): record.lines(state)
        case .need(let record): record.lines(state)
        case .consumer(let record): record.lines(state)
        case .provider(let record): record.lines(state)
        case .article(let article): DetailText.article(article, state)
        }
    }

    /// Whose messages the messages sheet lists: the consumer's name, or the record.
    var conversationTitle: String {
        switch self {
        case .consumer(let record): record.row.name
        case .incident(let record): localized("incident #{1}", record.row.id)
        case .providerCase(let record): localized("case #{1}", record.row.id)
        case .notice(let record): localized("notice #{1}", record.row.id)
        case .need(let record): localized("need #{1}", record.row.id)
        case .provider(let record): record.row.name
        case .article(let article): localized("article #{1}", article.id)
        }
    }
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
