extension Store {
    /// Adds a consumer to a notice's audience, or takes one out that has not
    /// been sent it yet; journalled. Adding to a published notice leaves the
    /// consumer to `:publish`, which sends to those added since. Returns the
    /// consumer's name.
    @discardableResult
    public func changeAudience(noticeID: Int64, organisationNumber: String, adding: Bool) throws -> String {
        let digits = (try? OrganisationNumber(organisationNumber))?.digits ?? organisationNumber
        return try database.inTransaction {
            guard let consumer = try database.first("SELECT id, name, stage FROM consumers WHERE org_number = ?", [.text(digits)], {
                (id: $0.int(0), name: $0.string(1), stage: $0.string(2))
            }) else { throw StoreError.invalid(Wording("no consumer has organisation number {1}", organisationNumber)) }
            guard try database.first("SELECT 1 FROM change_notices WHERE id = ?", [.integer(noticeID)], { $0.int(0) }) != nil else {
                throw StoreError.notFound(entity: .notice, id: noticeID)
            }
            let sent = try database.first("""
                SELECT sent_at IS NOT NULL FROM notice_acknowledgements WHERE notice_id = ? AND consumer_id = ?
                """, [.integer(noticeID), .integer(consumer.id)], { $0.integer(0) != 0 })
            if adding {
                guard sent == nil else { throw StoreError.invalid(Wording("{1} is already in notice #{2}'s audience", consumer.name, noticeID)) }
                guard consumer.stage != OnboardingStage.offboarded.rawValue else {
                    throw StoreError.invalid(Wording("{1} is offboarded and no longer hears from the segment", consumer.name))
                }
                try database.run("INSERT INTO notice_acknowledgements (notice_id, consumer_id) VALUES (?, ?)",
                                 [.integer(noticeID), .integer(consumer.id)])
            } else {
                guard let sent else { throw StoreError.invalid(Wording("{1} is not in notice #{2}'s audience", consumer.name, noticeID)) }
                guard !sent else { throw StoreError.invalid(Wording("{1} has been sent notice #{2} already", consumer.name, noticeID)) }
                try database.run("DELETE FROM notice_acknowledgements WHERE notice_id = ? AND consumer_id = ?",
                                 [.integer(noticeID), .integer(consumer.id)])
            }
            try recountNotice(noticeID)
            try journal(entity: .notice, id: noticeID, action: adding ? .audienceAdded : .audienceRemoved,
                        after: "consumer=\(consumer.id) org_number=\(digits)")
            return consumer.name
        }
    }

    /// Sets a draft's kind and whether it breaks existing use, as the
    /// operator classifies a provider's mail; journalled. A published
    /// notice keeps what its consumers were told.
    public func classifyNotice(id: Int64, kind: NoticeKind, breaking: Bool) throws {
        try database.inTransaction {
            guard let before = try database.first("""
                SELECT kind, breaking, published_at IS NULL, title FROM change_notices WHERE id = ?
                """, [.integer(id)], { (kind: $0.string(0), breaking: $0.integer(1) != 0, draft: $0.integer(2) != 0, title: $0.string(3)) })
            else { throw StoreError.notFound(entity: .notice, id: id) }
            guard before.draft else { throw StoreError.invalid(Wording("notice #{1} is published; its consumers were told what it is", id)) }
            try database.run("""
                UPDATE change_notices SET kind = ?, breaking = ?, search_text = ?, version = version + 1 WHERE id = ?
                """, [.text(kind.rawValue), .integer(breaking ? 1 : 0), .text(SmallPaneFilter.searchText(before.title, kind.label)),
                      .integer(id)])
            try recountNotice(id)
            try journal(entity: .notice, id: id, action: .classified, before: "kind=\(before.kind) breaking=\(before.breaking)",
                        after: "kind=\(kind.rawValue) breaking=\(breaking)")
        }
    }
}
