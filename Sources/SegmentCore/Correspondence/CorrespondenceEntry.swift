/// One message of a conversation as a list shows it: which way it went,
/// what it is about, its subject, when, and where it stands.
public struct CorrespondenceEntry: Equatable, Sendable {
    /// Which way a message went, and so which table holds it.
    public enum Direction: String, Sendable {
        /// segdesk sent it: the outbox holds it.
        case sent
        /// It came in by mail.
        case received
    }

    /// Where a message stands: an outbox state, or received.
    public enum State: String, CaseIterable, Sendable {
        case queued, sending, sent, failed, uncertain, received
    }

    public var direction: Direction
    /// Its row in the outbox or the mail taken in.
    public var id: Int64
    public var at: Int64
    /// What it is: for a message sent, the kind of record it is about; for
    /// one received, the kind of mail (report, reply, notice_answer, ...).
    public var kind: String
    /// The record it is about, when known.
    public var record: RecordKind?
    public var recordID: Int64?
    public var subject: String
    public var state: State
    /// The recipient of a message sent, the sender of one received.
    public var address: String

    /// What a message received is, as a list names it: a report, a reply,
    /// an answer; nil for a message sent, which its record says.
    public var label: String? {
        guard direction == .received else { return nil }
        return switch kind {
        case "notice_answer": "answer to a notice"
        case "agreement_answer": "answer on the agreement"
        case "provider_update": "from the provider"
        default: kind
        }
    }
}

/// A message whole, as Enter on its line shows it.
public struct CorrespondenceMessage: Equatable, Sendable {
    /// One header line: its name and value.
    public struct Header: Equatable, Sendable {
        public var name: String
        public var value: String
    }

    public var entry: CorrespondenceEntry
    /// The headers that matter to a reader, in order: To or From, Cc,
    /// Subject, Message-ID, In-Reply-To.
    public var headers: [Header]
    public var body: String
    /// Why the last delivery failed, for a message that has not left.
    public var lastError: String?
}

/// A page of a conversation, newest first, and how many messages it has in all.
public struct Correspondence: Equatable, Sendable {
    public var entries: [CorrespondenceEntry]
    public var total: Int

    public init(entries: [CorrespondenceEntry], total: Int) {
        self.entries = entries
        self.total = total
    }
}
