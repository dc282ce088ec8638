/// A message segdesk sends, as the outbox holds it.
public struct OutboxMessage: Equatable, Sendable {
    public enum Status: String, Sendable {
        case queued, sent, failed
    }

    public var id: Int64
    public var createdAt: Int64
    public var recipient: String
    public var subject: String
    public var body: String
    public var status: Status
    public var attempts: Int
    public var lastError: String?
    public var nextAttemptAt: Int64?
    public var messageID: String
}

/// The outbox as the operator reviews it: what has not gone out, and what did last.
public struct OutboxReview: Equatable, Sendable {
    public var unsent: [OutboxMessage]
    /// All messages not yet sent, of which `unsent` may show only the first.
    public var unsentTotal: Int
    public var recentlySent: [OutboxMessage]
}
