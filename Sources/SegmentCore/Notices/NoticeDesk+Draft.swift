extension NoticeDesk {
    /// Adds a consumer to a notice's audience, or takes one out that has not
    /// been sent it yet; journalled. Adding to a published notice leaves the
    /// consumer to `:publish`, which sends to those added since. Returns the
    /// consumer's name.
    @discardableResult
    public func changeAudience(noticeID: Int64, organisationNumber: String, adding: Bool) throws -> String {
        let digits = (try? OrganisationNumber(organisationNumber))?.digits ?? organisationNumber
        return try store.database.inTransaction {
            guard let consumerID = try store.consumers.id(organisationNumber: digits),
                  let found = try store.consumers.nameAndStage(id: consumerID) else {
                throw StoreError.refused(.noConsumer(organisationNumber: organisationNumber))
            }
            let consumer = (id: consumerID, name: found.name, stage: found.stage)
            guard try store.notices.exists(noticeID) else { throw StoreError.notFound(entity: .notice, id: noticeID) }
            let sent = try store.noticeAudience.wasSent(noticeID: noticeID, consumerID: consumer.id)
            if adding {
                guard sent == nil else { throw StoreError.refused(Refusal.alreadyInAudience(consumer: consumer.name, notice: noticeID)) }
                guard consumer.stage != .offboarded else {
                    throw StoreError.refused(Refusal.offboarded(consumer: consumer.name))
                }
                try store.noticeAudience.addToAudience(noticeID: noticeID, consumerID: consumer.id)
            } else {
                guard let sent else { throw StoreError.refused(Refusal.notInAudience(consumer: consumer.name, notice: noticeID)) }
                guard !sent else { throw StoreError.refused(Refusal.alreadySent(consumer: consumer.name, notice: noticeID)) }
                try store.noticeAudience.removeFromAudience(noticeID: noticeID, consumerID: consumer.id)
            }
            try store.noticeAudience.recount(noticeID)
            try store.journal(entity: .notice, id: noticeID, action: adding ? .audienceAdded : .audienceRemoved,
                        after: "consumer=\(consumer.id) org_number=\(digits)")
            return consumer.name
        }
    }

    /// Sets a draft's kind and whether it breaks existing use, as the
    /// operator classifies a provider's mail; journalled. A published
    /// notice keeps what its consumers were told.
    public func classifyNotice(id: Int64, kind: NoticeKind, breaking: Bool) throws {
        try store.database.inTransaction {
            guard let before = try store.notices.classification(id: id) else { throw StoreError.notFound(entity: .notice, id: id) }
            guard before.draft else { throw StoreError.refused(Refusal.noticePublished(notice: id)) }
            try store.notices.classify(id: id, kind: kind, breaking: breaking, title: before.title)
            try store.noticeAudience.recount(id)
            try store.journal(entity: .notice, id: id, action: .classified, before: "kind=\(before.kind) breaking=\(before.breaking)",
                        after: "kind=\(kind.rawValue) breaking=\(breaking)")
        }
    }
}
