/// Where an article stands: written but not shown, the segment's, or past.
public enum ArticleStatus: String, CaseIterable, Sendable {
    case draft, published, retired
}

/// Whose word an article is: clarified with the provider's experts, or the
/// coordinator's own.
public enum ArticleSource: String, CaseIterable, Sendable {
    case provider, own
}

/// An article's title and text in one language.
public struct ArticleText: Equatable, Sendable {
    public var title: String
    public var text: String

    public init(title: String, text: String) {
        self.title = title
        self.text = text
    }
}

/// What the segment has learnt, kept: an answer worked out once, in bokmål,
/// English or both, about services and error codes, used in replies.
public struct Article: Equatable, Sendable {
    public var id: Int64
    public var bokmal: ArticleText?
    public var english: ArticleText?
    public var serviceKeys: [String]
    public var errorCodes: [String]
    public var tags: [String]
    public var status: ArticleStatus
    public var source: ArticleSource
    public var providerReference: String?
    public var clarifiedAt: Int64?
    public var author: String
    public var createdAt: Int64
    public var updatedAt: Int64
    /// Replies that used it in the last 90 days.
    public var recentUses: Int
    /// Replies that used it ever.
    public var uses: Int
    public var version: Int

    /// The text in `language`, else in the other one.
    public func text(in language: Language) -> ArticleText? {
        language == .english ? english ?? bokmal : bokmal ?? english
    }

    /// Its title as the list shows it: the operator's language first.
    public func title(in language: Language) -> String { text(in: language)?.title ?? "" }
}

/// An article as the knowledge pane lists it.
public struct ArticleRow: Equatable, Sendable, Identifiable {
    public let id: Int64
    public let title: String
    public let status: ArticleStatus
    public let recentUses: Int
    public let errorCodes: String
    public let serviceKeys: String
    public let languages: String
    public let version: Int
    /// The pane's sort key: the recent uses negated.
    public let sortUses: Int
}

/// An article proposed for an incident, and why: its code, its service, its words.
public struct ArticleProposal: Equatable, Sendable {
    public let article: Int64
    public let title: String
    public let score: Int
    public let reason: String
}
