import SegmentCore

/// What the knowledge pane and the answers from it ask of the store.
/// Carried as `Effect.knowledge`; `EffectRunner.knowledgeOutcome` carries it out.
public enum KnowledgeEffect: Equatable, Sendable {
    case write([String: String])
    case edit(articleID: Int64, field: String, value: String, seen: Int?)
    /// The reply answering an incident with an article (the first proposal
    /// when nil), shown in the box before it is sent.
    case prepareAnswer(incidentID: Int64, articleID: Int64?)
    case sendAnswer(incidentID: Int64, articleID: Int64)
    /// An information notice drafted from the article, then the notice's
    /// own box before it is published.
    case publishAsNotice(articleID: Int64)
    /// The clarification request to the provider, shown in the box before it is sent.
    case prepareAskProvider(incidentID: Int64, question: String)
    case askProvider(incidentID: Int64, question: String)
    /// A draft article from a question case and the provider's reply.
    case draftArticle(caseID: Int64)
}

/// What happened to an article, as the store reports it.
public enum KnowledgeChange: RecordChangeFact {
    case written(articleID: Int64)
    case edited(articleID: Int64, field: String)
    case answered(incidentID: Int64, articleID: Int64)
    case asked(incidentID: Int64, caseID: Int64)

    public var wording: String {
        switch self {
        case .written(let id): localized("article #{1} written", id)
        case let .edited(id, field): localized("article #{1}: {2} changed (the journal keeps the one before)", id, field)
        case let .answered(incident, article): localized("reply queued: incident #{1} answered with article #{2}", incident, article)
        case let .asked(incident, caseID): localized("question queued to the provider: incident #{1} is in case #{2}, a question", incident, caseID)
        }
    }
}
