/// A message segdesk sends, as the outbox holds it.
public struct OutboxMessage: Equatable, Sendable {
    public enum Status: String, CaseIterable, Sendable {
        case queued
        /// Claimed by a deliverer that is handing it to the transport now.
        case sending
        case sent
        /// The transport refused it; it is tried again after a delay.
        case failed
        /// A deliverer claimed it and never said how it went: it may have
        /// left. Only the operator sends it again or confirms it.
        case uncertain
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
    /// A second address that gets a copy (Cc).
    public var copyTo: String? = nil
    /// The message it answers, and the conversation's chain before it
    /// (space-separated), for the recipient's mail program to thread it.
    public var inReplyTo: String? = nil
    public var references: String? = nil
}

/// The outbox as the operator reviews it: what has not gone out, and what did last.
public struct OutboxReview: Equatable, Sendable {
    public var unsent: [OutboxMessage]
    /// All messages not yet sent, of which `unsent` may show only the first.
    public var unsentTotal: Int
    public var recentlySent: [OutboxMessage]
}
