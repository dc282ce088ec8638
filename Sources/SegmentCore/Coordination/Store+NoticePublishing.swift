import Foundation

/// A notice's message to one consumer of its audience, as the box before
/// publishing shows it and as it is queued.
public struct NoticeMessage: Equatable, Sendable {
    public var consumerID: Int64
    public var organisationNumber: String
    public var message: PlannedMessage
}

/// What publishing a notice would do: a message for each consumer that has
/// an address, and the consumers of the audience that have none.
public struct NoticePublication: Equatable, Sendable {
    public var messages: [NoticeMessage]
    /// Names of consumers with no contact address to send to.
    public var unreachable: [String]

    /// Refuses a publication with nobody to send to: every consumer was sent
    /// it already, or none of those left has an address.
    public func requireRecipients(notice id: Int64) throws {
        guard messages.isEmpty else { return }
        throw StoreError.refused(.noRecipients(notice: id, unreachable: unreachable.count))
    }
}

extension Store {
    /// The messages publishing notice `id` would queue, one per consumer of
    /// its audience not yet sent it, to the contact roles its kind asks for
    /// (`NoticeKind.recipients`): the first role's contact, the second's as
    /// a copy. A consumer without a contact of the role gets it at any
    /// contact it has. Masked unless `keepingPersonalData`.
    public func noticePublication(id: Int64, keepingPersonalData: Bool = false) throws -> NoticePublication {
        let detail = try notice(id: id)
        let provider = try database.first("""
            SELECT p.name FROM change_notices n JOIN providers p ON p.id = n.provider_id WHERE n.id = ?
            """, [.integer(id)], { $0.string(0) }) ?? "the provider"
        let roles = detail.row.kind.recipients(breaking: detail.row.breaking)
        var publication = NoticePublication(messages: [], unreachable: [])
        try database.forEach("""
            SELECT c.id, c.org_number, c.name,
                   (SELECT email FROM contacts WHERE consumer_id = c.id AND role = ?2 ORDER BY id LIMIT 1),
                   (SELECT email FROM contacts WHERE consumer_id = c.id AND role = ?3 ORDER BY id LIMIT 1),
                   (SELECT email FROM contacts WHERE consumer_id = c.id ORDER BY role != \(ContactRole.technical.sql), id LIMIT 1), c.language
            FROM notice_acknowledgements a JOIN consumers c ON c.id = a.consumer_id
            WHERE a.notice_id = ?1 AND a.sent_at IS NULL ORDER BY c.sort_name
            """, [.integer(id), .text(roles[0].rawValue), .text(roles.last!.rawValue)]) { row in
            let addresses = [row.optionalString(3), row.optionalString(4), row.optionalString(5)]
                .compactMap { $0 }.filter(MailAddress.isPlausible)
            guard let recipient = addresses.first else {
                publication.unreachable.append(UntrustedText.line(row.string(2)))
                return
            }
            let copy = roles.count > 1 ? addresses.dropFirst().first { $0.caseInsensitiveCompare(recipient) != .orderedSame } : nil
            let text = NoticeMessages.publication(detail, provider: provider, consumer: row.string(2),
                                                  in: row.language(6))
            let message = PlannedMessage(recipient: recipient, copyTo: copy, subject: text.subject, body: text.body,
                                         incidentID: 0, keepingPersonalData: keepingPersonalData)
            publication.messages.append(NoticeMessage(consumerID: row.int(0), organisationNumber: row.string(1), message: message))
        }
        return publication
    }

    /// Publishes a draft: queues its messages through the outbox in one
    /// transaction, marks each consumer sent and the notice published, and
    /// journals it. A notice already published sends only to consumers added
    /// since. Refused when no consumer can be reached. Returns the messages queued.
    @discardableResult
    public func publishNotice(id: Int64, keepingPersonalData: Bool = false) throws -> Int {
        try database.inTransaction {
            let publication = try noticePublication(id: id, keepingPersonalData: keepingPersonalData)
            try publication.requireRecipients(notice: id)
            for planned in publication.messages {
                try outbox.queue(to: planned.message.recipient, copyTo: planned.message.copyTo, subject: planned.message.subject,
                                 body: planned.message.body, entity: .notice, entityID: id,
                                 keepingPersonalData: keepingPersonalData)
                try database.run("UPDATE notice_acknowledgements SET sent_at = ? WHERE notice_id = ? AND consumer_id = ?",
                                 [.integer(now()), .integer(id), .integer(planned.consumerID)])
            }
            let wasDraft = try database.first("SELECT published_at IS NULL FROM change_notices WHERE id = ?", [.integer(id)]) {
                $0.integer(0) != 0
            } ?? false
            try database.run("UPDATE change_notices SET published_at = coalesce(published_at, ?), version = version + 1 WHERE id = ?",
                             [.integer(now()), .integer(id)])
            let masked = publication.messages.reduce(0) { $0 + $1.message.maskedCount }
            try journal(entity: .notice, id: id, action: wasDraft ? .published : .sentToAddedConsumers,
                        before: wasDraft ? "status=draft" : nil,
                        after: "messages=\(publication.messages.count) unreachable=\(publication.unreachable.count) masked=\(masked)")
            return publication.messages.count
        }
    }
}
