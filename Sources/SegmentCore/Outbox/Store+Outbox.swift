import Foundation

extension Store {
    /// Queues a message; call it inside the transaction of the change that
    /// causes it, so the change and its message stand or fall together. The
    /// recipient must be one plain address: nothing from outside may add a
    /// recipient, a header or a command-line option. National identity numbers
    /// in the subject and body are masked here, at the one door every message
    /// passes, unless the operator chose to keep them (`keepingPersonalData`).
    @discardableResult
    public func queueMessage(to recipient: String, subject: String, body: String, entity: String, entityID: Int64,
                             mailDomain: String = "segdesk.invalid", keepingPersonalData: Bool = false) throws -> Int64 {
        let subject = keepingPersonalData ? subject : NationalIdentityNumber.masked(subject).text
        let body = keepingPersonalData ? body : NationalIdentityNumber.masked(body).text
        guard MailAddress.isPlausible(recipient) else {
            throw StoreError.invalid("\"\(recipient)\" is not one mail address; nothing was queued")
        }
        let messageID = "<segdesk.\(UUID().uuidString.lowercased())@\(mailDomain)>"
        try database.run("""
            INSERT INTO outbox (created_at, recipient, subject, body, entity, entity_id, status, message_id)
            VALUES (?, ?, ?, ?, ?, ?, 'queued', ?)
            """, [.integer(now()), .text(recipient), .text(MailHeader.oneLine(subject)), .text(body), .text(entity),
                  .integer(entityID), .text(messageID)])
        return database.lastInsertRowID
    }

    /// The outbox, newest first, at most `limit` messages.
    public func outbox(limit: Int = 1_000) throws -> [OutboxMessage] {
        try database.rows("""
            SELECT id, created_at, recipient, subject, body, status, attempts, last_error, next_attempt_at, message_id
            FROM outbox ORDER BY id DESC LIMIT ?
            """, [.integer(Int64(limit))], Self.outboxMessage)
    }

    /// What the dashboard's outbox view lists: every message not yet sent
    /// (failed first, oldest first, at most `unsentLimit`) and the latest sent.
    public func outboxReview(unsentLimit: Int = 500, sentLimit: Int = 20) throws -> OutboxReview {
        OutboxReview(
            unsent: try database.rows("""
                SELECT id, created_at, recipient, subject, body, status, attempts, last_error, next_attempt_at, message_id
                FROM outbox INDEXED BY outbox_pending WHERE status != 'sent' ORDER BY status = 'queued', id LIMIT ?
                """, [.integer(Int64(unsentLimit))], Self.outboxMessage),
            unsentTotal: try database.scalar("SELECT count(*) FROM outbox WHERE status != 'sent'"),
            recentlySent: try database.rows("""
                SELECT id, created_at, recipient, subject, body, status, attempts, last_error, next_attempt_at, message_id
                FROM outbox WHERE status = 'sent' ORDER BY id DESC LIMIT ?
                """, [.integer(Int64(sentLimit))], Self.outboxMessage))
    }

    /// Messages not yet sent whose next attempt is due.
    func dueMessages() throws -> [OutboxMessage] {
        try database.rows("""
            SELECT id, created_at, recipient, subject, body, status, attempts, last_error, next_attempt_at, message_id
            FROM outbox WHERE status != 'sent' AND coalesce(next_attempt_at, 0) <= ? ORDER BY id
            """, [.integer(now())], Self.outboxMessage)
    }

    /// Records a delivery: sent, or failed with the error and the time of the next try.
    func recordDelivery(of message: OutboxMessage, error: String?) throws {
        if let error {
            let attempts = message.attempts + 1
            let delay = Int64(min(6 * 3600, 60 << min(attempts - 1, 16)))
            try database.run("""
                UPDATE outbox SET status = 'failed', attempts = ?, last_error = ?, next_attempt_at = ? WHERE id = ?
                """, [.integer(Int64(attempts)), .text(error), .integer(now() + delay), .integer(message.id)])
        } else {
            try database.run("""
                UPDATE outbox SET status = 'sent', attempts = attempts + 1, last_error = NULL, sent_at = ? WHERE id = ?
                """, [.integer(now()), .integer(message.id)])
        }
    }

    private static func outboxMessage(_ row: Row) -> OutboxMessage {
        OutboxMessage(id: row.int(0), createdAt: row.int(1), recipient: row.string(2), subject: row.string(3),
                      body: row.string(4), status: OutboxMessage.Status(rawValue: row.string(5)) ?? .queued,
                      attempts: row.integer(6), lastError: row.optionalString(7),
                      nextAttemptAt: row.isNull(8) ? nil : row.int(8), messageID: row.string(9))
    }
}
