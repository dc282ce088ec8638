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

extension NoticeDesk {
    /// The messages publishing notice `id` would queue, one per consumer of
    /// its audience not yet sent it, to the contact roles its kind asks for
    /// (`NoticeKind.recipients`): the first role's contact, the second's as
    /// a copy. A consumer without a contact of the role gets it at any
    /// contact it has. Masked unless `keepingPersonalData`.
    public func noticePublication(id: Int64, keepingPersonalData: Bool = false) throws -> NoticePublication {
        let detail = try store.notice(id: id)
        let provider = try store.notices.providerName(noticeID: id) ?? "the provider"
        return try messages(about: detail, sent: false, keepingPersonalData: keepingPersonalData) { name, language in
            NoticeMessages.publication(detail, provider: provider, consumer: name, in: language)
        }
    }

    /// A message for each consumer of a notice's audience not yet sent it
    /// (or, `sent`, each sent it), worded by `text` for the consumer's name
    /// and language, addressed as `noticePublication` says.
    func messages(about detail: NoticeDetail, sent: Bool, keepingPersonalData: Bool,
                  text: (String, Language) -> MessageText) throws -> NoticePublication {
        let id = detail.row.id
        let roles = detail.row.kind.recipients(breaking: detail.row.breaking)
        var publication = NoticePublication(messages: [], unreachable: [])
        for consumer in try store.noticeAudience.audience(noticeID: id, roles: (roles[0], roles.last!), sent: sent) {
            let addresses = [consumer.first, consumer.second, consumer.any].compactMap { $0 }.filter(MailAddress.isPlausible)
            guard let recipient = addresses.first else {
                publication.unreachable.append(UntrustedText.line(consumer.name))
                continue
            }
            let copy = roles.count > 1 ? addresses.dropFirst().first { $0.caseInsensitiveCompare(recipient) != .orderedSame } : nil
            let words = text(consumer.name, consumer.language)
            let message = PlannedMessage(recipient: recipient, copyTo: copy, subject: words.subject, body: words.body,
                                         incidentID: 0, consumerID: consumer.id, keepingPersonalData: keepingPersonalData)
            publication.messages.append(NoticeMessage(consumerID: consumer.id, organisationNumber: consumer.organisationNumber,
                                                      message: message))
        }
        return publication
    }

    /// Publishes a draft: queues its messages through the outbox in one
    /// transaction, marks each consumer sent and the notice published, and
    /// journals it. A notice already published sends only to consumers added
    /// since. Refused when no consumer can be reached. Returns the messages queued.
    @discardableResult
    public func publishNotice(id: Int64, keepingPersonalData: Bool = false) throws -> Int {
        try store.database.inTransaction {
            let publication = try noticePublication(id: id, keepingPersonalData: keepingPersonalData)
            try publication.requireRecipients(notice: id)
            try queue(publication, about: id, keepingPersonalData: keepingPersonalData, markingSent: true)
            let wasDraft = try store.notices.isDraft(id)
            try store.notices.markPublished(id)
            let masked = publication.messages.reduce(0) { $0 + $1.message.maskedCount }
            try store.journal(entity: .notice, id: id, action: wasDraft ? .published : .sentToAddedConsumers,
                        before: wasDraft ? "status=draft" : nil,
                        after: "messages=\(publication.messages.count) unreachable=\(publication.unreachable.count) masked=\(masked)")
            return publication.messages.count
        }
    }

    /// Queues each message of `publication` about notice `id`, in the
    /// consumer's thread of it; `markingSent` records each consumer as sent
    /// the notice. Call it inside the transaction of the change.
    func queue(_ publication: NoticePublication, about id: Int64, keepingPersonalData: Bool, markingSent: Bool) throws {
        for planned in publication.messages {
            try store.outbox.queue(to: planned.message.recipient, copyTo: planned.message.copyTo, subject: planned.message.subject,
                                   body: planned.message.body, entity: .notice, entityID: id, consumer: planned.consumerID,
                                   keepingPersonalData: keepingPersonalData)
            if markingSent { try store.noticeAudience.markSent(noticeID: id, consumerID: planned.consumerID) }
        }
    }
}
