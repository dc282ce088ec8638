import Foundation

/// The messages segdesk sends: every statement about the `outbox` table.
/// Queueing is the one door every outgoing message passes.
public struct OutboxRepository {
    let database: Database
    /// The store's clock, for the times a message is queued, claimed and sent.
    let now: () -> Int64
    /// The domain every Message-ID is written in: the sender's own.
    var senderDomain = "segdesk.invalid"

    /// Queues a message; call it inside the transaction of the change that
    /// causes it, so the change and its message stand or fall together. The
    /// recipient must be one plain address: nothing from outside may add a
    /// recipient, a header or a command-line option. National identity numbers
    /// in the subject and body are masked here, at the one door every message
    /// passes, unless the operator chose to keep them (`keepingPersonalData`).
    /// `consumer` is the consumer it is for (an incident's is its reporter's),
    /// which puts it in that consumer's correspondence and its thread.
    @discardableResult
    public func queue(to recipient: String, copyTo: String? = nil, subject: String, body: String, entity: RecordKind, entityID: Int64,
                      consumer: Int64? = nil, keepingPersonalData: Bool = false) throws -> Int64 {
        let subject = keepingPersonalData ? subject : NationalIdentityNumber.masked(subject).text
        let body = keepingPersonalData ? body : NationalIdentityNumber.masked(body).text
        guard MailAddress.isPlausible(recipient) else {
            throw StoreError.refused(Refusal.notQueuedTo(address: recipient))
        }
        if let copyTo, !MailAddress.isPlausible(copyTo) {
            throw StoreError.refused(Refusal.notQueuedTo(address: copyTo))
        }
        let messageID = "<segdesk.\(UUID().uuidString.lowercased())@\(senderDomain)>"
        let thread = try self.thread(entity: entity, id: entityID, consumer: consumer)
        try database.run("""
            INSERT INTO outbox (created_at, recipient, subject, body, entity, entity_id, status, message_id, copy_to, in_reply_to,
                thread_references, consumer_id)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, \(OutboxMessage.Status.queued.sql), ?7, ?8, ?9, ?10,
                    coalesce(?11, CASE WHEN ?5 = \(RecordKind.incident.sql) THEN (SELECT consumer_id FROM incidents WHERE id = ?6) END))
            """, [.integer(now()), .text(recipient), .text(MailHeader.oneLine(subject)), .text(body), .text(entity.rawValue),
                  .integer(entityID), .text(messageID), copyTo.map(SQLValue.text) ?? .null, thread.last.map(SQLValue.text) ?? .null,
                  thread.isEmpty ? .null : .text(thread.joined(separator: " ")), consumer.map(SQLValue.integer) ?? .null])
        return database.lastInsertRowID
    }

    /// The conversation a new message joins, oldest first: for an incident,
    /// the reporter's mail (the report and its replies, when they came by
    /// mail with a Message-ID of their own) and what segdesk sent them; for
    /// a notice, what segdesk sent `consumer` about it and the answers it
    /// mailed back; for a case, what went to the provider and its replies;
    /// for an agreement or a need, what segdesk sent `consumer` about it. At
    /// most the first and the last nine, as RFC 5322 allows a long chain to be cut.
    private func thread(entity: RecordKind, id: Int64, consumer: Int64?) throws -> [String] {
        let record = switch entity {
        case .incident: "incident_id = ?1"
        case .notice: "notice_id = ?1 AND consumer_id IS ?2"
        case .providerCase: "case_id = ?1"
        default: "0"
        }
        let received = record + " AND message_id NOT LIKE 'segdesk-%'"
        // A consumer's messages about a record are read by the consumer's
        // index: a notice sent to 2,000 consumers is not scanned 2,000 times.
        let sent = entity == .incident || entity == .providerCase ? "entity = ?3 AND entity_id = ?1"
            : "consumer_id = ?2 AND +entity = ?3 AND +entity_id = ?1"
        let chain = try database.rows("""
            SELECT message_id FROM (
                SELECT received_at AS at, 0 AS ours, id, '<' || message_id || '>' AS message_id FROM inbound_mail
                WHERE \(received)
                UNION ALL
                SELECT created_at, 1, id, message_id FROM outbox WHERE \(sent))
            ORDER BY at, ours, id
            """, [.integer(id), consumer.map(SQLValue.integer) ?? .null, .text(entity.rawValue)], { $0.string(0) })
        return chain.count > 10 ? [chain[0]] + chain.suffix(9) : chain
    }

    /// The columns `outboxMessage` reads: written once for every query.
    static let outboxColumns = OutboxColumn.list

    /// The outbox, newest first, at most `limit` messages.
    public func messages(limit: Int = 1_000) throws -> [OutboxMessage] {
        try database.rows("""
            SELECT \(Self.outboxColumns)
            FROM outbox ORDER BY id DESC LIMIT ?
            """, [.integer(Int64(limit))], Self.outboxMessage)
    }

    /// What the dashboard's outbox view lists: every message not yet sent
    /// (failed first, oldest first, at most `unsentLimit`) and the latest sent.
    public func review(unsentLimit: Int = 500, sentLimit: Int = 20) throws -> OutboxReview {
        OutboxReview(
            unsent: try database.rows("""
                SELECT \(Self.outboxColumns)
                FROM outbox INDEXED BY outbox_pending WHERE status != \(OutboxMessage.Status.sent.sql)
                ORDER BY status != \(OutboxMessage.Status.uncertain.sql), status != \(OutboxMessage.Status.failed.sql), id LIMIT ?
                """, [.integer(Int64(unsentLimit))], Self.outboxMessage),
            unsentTotal: try database.scalar("SELECT count(*) FROM outbox WHERE status != \(OutboxMessage.Status.sent.sql)"),
            recentlySent: try database.rows("""
                SELECT \(Self.outboxColumns)
                FROM outbox WHERE status = \(OutboxMessage.Status.sent.sql) ORDER BY id DESC LIMIT ?
                """, [.integer(Int64(sentLimit))], Self.outboxMessage))
    }

    /// Messages waiting to be sent (queued, or failed before) whose next
    /// attempt is due.
    func due() throws -> [OutboxMessage] {
        try database.rows("""
            SELECT \(Self.outboxColumns)
            FROM outbox WHERE status != \(OutboxMessage.Status.sent.sql) AND status IN \([OutboxMessage.Status.queued, .failed].sql) AND coalesce(next_attempt_at, 0) <= ?
            ORDER BY id
            """, [.integer(now())], Self.outboxMessage)
    }

    /// Claims a message for this deliverer before it is handed to the
    /// transport: true when it was still waiting and is now `sending`, false
    /// when another deliverer took it (or sent it) first.
    func claim(_ message: OutboxMessage) throws -> Bool {
        try database.inTransaction {
            try database.run("""
                UPDATE outbox SET status = \(OutboxMessage.Status.sending.sql), claimed_at = ?
                WHERE id = ? AND status IN \([OutboxMessage.Status.queued, .failed].sql) AND attempts = ?
                """, [.integer(now()), .integer(message.id), .integer(Int64(message.attempts))])
            return database.changes == 1
        }
    }

    /// Marks `uncertain` every claim older than `seconds`: its deliverer
    /// would have settled it by now, so it died after the claim, perhaps
    /// after the transport took the message. Returns the ids.
    @discardableResult
    func expireClaims(olderThan seconds: Int64) throws -> [Int64] {
        try database.inTransaction {
            let stale = try database.rows("""
                SELECT id FROM outbox WHERE status != \(OutboxMessage.Status.sent.sql) AND status = \(OutboxMessage.Status.sending.sql) AND claimed_at < ? ORDER BY id
                """, [.integer(now() - seconds)]) { $0.int(0) }
            for id in stale {
                try database.run("""
                    UPDATE outbox SET status = \(OutboxMessage.Status.uncertain.sql),
                        last_error = 'delivery was interrupted after it began; it may have been sent' WHERE id = ?
                    """, [.integer(id)])
            }
            return stale
        }
    }

    /// Records how a claimed delivery went: sent, or failed with the error and
    /// the time of the next try.
    func record(delivery message: OutboxMessage, error: String?) throws {
        if let error {
            let attempts = message.attempts + 1
            let delay = Int64(min(6 * 3600, 60 << min(attempts - 1, 16)))
            try database.run("""
                UPDATE outbox SET status = \(OutboxMessage.Status.failed.sql), attempts = ?, last_error = ?, next_attempt_at = ?, claimed_at = NULL
                WHERE id = ? AND status = \(OutboxMessage.Status.sending.sql)
                """, [.integer(Int64(attempts)), .text(error), .integer(now() + delay), .integer(message.id)])
        } else {
            try database.run("""
                UPDATE outbox SET status = \(OutboxMessage.Status.sent.sql), attempts = attempts + 1, last_error = NULL, sent_at = ?, claimed_at = NULL
                WHERE id = ? AND status = \(OutboxMessage.Status.sending.sql)
                """, [.integer(now()), .integer(message.id)])
        }
    }

    /// The status of message `id`, nil when there is none.
    func status(id: Int64) throws -> OutboxMessage.Status? {
        try database.first("SELECT status FROM outbox WHERE id = ?", [.integer(id)], { OutboxMessage.Status(rawValue: $0.string(0)) }) ?? nil
    }

    /// Marks message `id` sent by the operator's word.
    func markSent(id: Int64) throws {
        try database.run("""
            UPDATE outbox SET status = \(OutboxMessage.Status.sent.sql), attempts = attempts + 1, sent_at = ?, claimed_at = NULL WHERE id = ?
            """, [.integer(now()), .integer(id)])
    }

    /// Queues message `id` to be sent again at the next delivery.
    func requeue(id: Int64) throws {
        try database.run("""
            UPDATE outbox SET status = \(OutboxMessage.Status.queued.sql), next_attempt_at = NULL, claimed_at = NULL WHERE id = ?
            """, [.integer(id)])
    }

    private static func outboxMessage(_ row: Row) -> OutboxMessage {
        typealias Column = OutboxColumn
        return OutboxMessage(id: row.int(Column.id), createdAt: row.int(Column.createdAt), recipient: row.string(Column.recipient),
                             subject: row.string(Column.subject), body: row.string(Column.body),
                             status: OutboxMessage.Status(rawValue: row.string(Column.status)) ?? .queued,
                             attempts: row.integer(Column.attempts), lastError: row.optionalString(Column.lastError),
                             nextAttemptAt: row.optionalInt64(Column.nextAttemptAt), messageID: row.string(Column.messageID),
                             copyTo: row.optionalString(Column.copyTo), inReplyTo: row.optionalString(Column.inReplyTo),
                             references: row.optionalString(Column.references))
    }
}

extension Store {
    /// The outgoing messages.
    public var outbox: OutboxRepository { OutboxRepository(database: database, now: now, senderDomain: policy.senderDomain) }
}

/// The columns of an outbox message, over the `outbox` table.
enum OutboxColumn: Int32, SelectColumn {
    case id, createdAt, recipient, subject, body, status, attempts, lastError, nextAttemptAt, messageID, copyTo, inReplyTo, references

    var sql: String {
        switch self {
        case .id: "id"
        case .createdAt: "created_at"
        case .recipient: "recipient"
        case .subject: "subject"
        case .body: "body"
        case .status: "status"
        case .attempts: "attempts"
        case .lastError: "last_error"
        case .nextAttemptAt: "next_attempt_at"
        case .messageID: "message_id"
        case .copyTo: "copy_to"
        case .inReplyTo: "in_reply_to"
        case .references: "thread_references"
        }
    }
}
