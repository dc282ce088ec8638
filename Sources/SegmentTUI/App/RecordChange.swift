import SegmentCore

/// A change the store made, as a fact of the pane whose record changed;
/// each pane names its facts and how the status line words them.
public protocol RecordChangeFact: Equatable, Sendable {
    /// The status line's words, in the operator's language.
    var wording: String { get }
}

/// One fact of a pane, as an action carries it: one case per pane.
public enum RecordChange: Equatable, Sendable, CustomStringConvertible {
    case incidents(IncidentChange)
    case cases(CaseChange)
    case notices(NoticeChange)
    case needs(NeedChange)
    case consumers(ConsumerChange)
    case providers(ProviderChange)
    case knowledge(KnowledgeChange)

    public var description: String {
        switch self {
        case .incidents(let fact): fact.wording
        case .cases(let fact): fact.wording
        case .notices(let fact): fact.wording
        case .needs(let fact): fact.wording
        case .consumers(let fact): fact.wording
        case .providers(let fact): fact.wording
        case .knowledge(let fact): fact.wording
        }
    }
}
