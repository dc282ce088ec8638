extension NoticeDesk {
    /// What `amendment` would do to notice `id`: the facts it changes and,
    /// on a published notice, the correction each consumer sent it would
    /// get. Refused, with what is wrong and nothing changed, for a withdrawn
    /// notice, a value that does not read, a postponement into the past, an
    /// end on a notice that is not an outage in force, or a value the notice
    /// has already.
    public func correction(of id: Int64, _ amendment: NoticeAmendment, keepingPersonalData: Bool = false) throws -> NoticeCorrection {
        try plan(id, amendment, keepingPersonalData: keepingPersonalData).correction
    }

    /// Corrects notice `id` in one transaction: writes the new facts, brings
    /// the audience in line with its services and environment, and on a
    /// published notice queues the correction to each consumer sent it, in
    /// that consumer's thread, and the notice itself to each consumer it
    /// adds; journalled with each fact before and after. Returns the plan
    /// carried out.
    @discardableResult
    public func correctNotice(id: Int64, _ amendment: NoticeAmendment, keepingPersonalData: Bool = false) throws -> NoticeCorrection {
        try store.database.inTransaction {
            let (plan, after, audience) = try self.plan(id, amendment, keepingPersonalData: keepingPersonalData)
            try store.notices.write(after, id: id)
            if case .withdraw(let reason) = amendment { try store.notices.withdraw(id: id, reason: reason) }
            for consumer in audience.adding { try store.noticeAudience.addToAudience(noticeID: id, consumerID: consumer) }
            for consumer in audience.removing { try store.noticeAudience.removeFromAudience(noticeID: id, consumerID: consumer) }
            try store.noticeAudience.recount(id)
            try queue(plan.corrections, about: id, keepingPersonalData: keepingPersonalData, markingSent: false)
            var newcomers = 0
            if plan.published && plan.added > 0 {
                let publication = try noticePublication(id: id, keepingPersonalData: keepingPersonalData)
                try queue(publication, about: id, keepingPersonalData: keepingPersonalData, markingSent: true)
                newcomers = publication.messages.count
            }
            let action: JournalAction = switch amendment {
            case .withdraw: .withdrawn
            case .end: .endedEarly
            default: .corrected
            }
            try store.journal(entity: .notice, id: id, action: action,
                              before: plan.changes.map { "\($0.field.rawValue)=\($0.before.journalled)" }.joined(separator: " "),
                              after: (plan.changes.map { "\($0.field.rawValue)=\($0.after.journalled)" }
                                      + (amendment.reason.map { ["reason=\($0)"] } ?? [])
                                      + ["corrections=\(plan.corrections.messages.count) added=\(plan.added) sent_to_added=\(newcomers)"
                                         + " removed=\(plan.removed)"]).joined(separator: " "))
            return plan
        }
    }

    /// The correction, the facts after it, and the consumers it brings into
    /// and takes out of the audience (none for a withdrawal), read once for
    /// both the box and the change.
    private func plan(_ id: Int64, _ amendment: NoticeAmendment, keepingPersonalData: Bool) throws
        -> (correction: NoticeCorrection, after: NoticeFacts, audience: (adding: [Int64], removing: [Int64])) {
        guard let before = try store.notices.correctable(id: id) else { throw StoreError.notFound(entity: .notice, id: id) }
        let after = try amended(before, by: amendment, id: id)
        let changes = NoticeFieldChange.between(before, after)
        if changes.isEmpty && !after.withdrawn, case .edit(let field, _) = amendment {
            throw StoreError.refused(.noticeUnchanged(notice: id, field: field.rawValue))
        }
        let audience = after.withdrawn ? (adding: [], removing: [])
            : try store.noticeAudience.audienceChange(
                id: id, to: store.notices.consumers(in: NoticeAudience(serviceIDs: after.serviceIDs, environment: after.environment)))
        var corrections = NoticePublication(messages: [], unreachable: [])
        if before.published {
            let detail = try store.notice(id: id)
            corrections = try messages(about: detail, sent: true, keepingPersonalData: keepingPersonalData) { name, language in
                NoticeMessages.correction(id: id, after, changes: changes, withdrawal: amendment.reason, ended: amendment == .end,
                                          consumer: name, in: language)
            }
        }
        let correction = NoticeCorrection(noticeID: id, amendment: amendment, changes: changes, published: before.published,
                                          corrections: corrections, added: audience.adding.count, removed: audience.removing.count)
        return (correction, after, audience)
    }

    /// The facts after `amendment`, checked.
    private func amended(_ facts: NoticeFacts, by amendment: NoticeAmendment, id: Int64) throws -> NoticeFacts {
        guard !facts.withdrawn else { throw StoreError.refused(.noticeWithdrawn(notice: id)) }
        let zone = SegmentZone.current, now = store.now()
        var after = facts
        func moment(_ field: NoticeField, _ text: String, endOfDay: Bool) throws -> Int64 {
            guard let time = zone.moment(text, endOfDay: endOfDay) else {
                throw StoreError.refused(.notAMoment(field: field.rawValue, text: text))
            }
            return time
        }
        func optionalMoment(_ field: NoticeField, _ text: String) throws -> Int64? {
            ["none", "ingen"].contains(text.lowercased()) ? nil : try moment(field, text, endOfDay: true)
        }
        switch amendment {
        case .edit(.title, let text):
            guard !text.isEmpty, !text.contains(where: \.isNewline) else { throw StoreError.refused(Refusal.noticeNeedsTitle) }
            after.title = text
        case .edit(.text, let text):
            guard !text.isEmpty else { throw StoreError.refused(.needsOneLine(field: NoticeField.text.rawValue)) }
            after.body = text
        case .edit(.effective, let text):
            after.effectiveAt = try moment(.effective, text, endOfDay: false)
        case .edit(.deadline, let text):
            after.deadline = try optionalMoment(.deadline, text)
            if after.deadline == nil && facts.kind == .consultation { throw StoreError.refused(.consultationNeedsDeadline) }
        case .edit(.ends, let text):
            after.endsAt = try optionalMoment(.ends, text)
        case .edit(.services, let text):
            let keys = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
            guard !keys.isEmpty else { throw StoreError.refused(Refusal.noticeNeedsService) }
            let services = try store.knownServices()
            var found: [(id: Int64, key: String)] = []
            for key in Set(keys).sorted() {
                guard let serviceID = services[key] else { throw StoreError.refused(services.unknown(key)) }
                guard try store.providers.provider(ofService: serviceID) == facts.providerID else {
                    throw StoreError.refused(Refusal.servicesOfSeveralProviders)
                }
                found.append((serviceID, key))
            }
            after.serviceIDs = found.map(\.id)
            after.serviceKeys = found.map(\.key)
        case .edit(.environment, let text):
            guard let environment = ServiceEnvironment(word: text) else { throw StoreError.refused(.unknownEnvironment(text)) }
            after.environment = environment
        case .postpone(let text):
            let effective = try moment(.effective, text, endOfDay: false)
            guard effective > now else { throw StoreError.refused(.postponeIntoPast(notice: id, text: text)) }
            after.endsAt = facts.endsAt.map { $0 + effective - facts.effectiveAt }
            after.effectiveAt = effective
        case .withdraw(let reason):
            guard !reason.isEmpty, !reason.contains(where: \.isNewline) else { throw StoreError.refused(.withdrawalNeedsReason) }
            after.withdrawn = true
        case .end:
            guard facts.kind == .deviation || facts.kind == .maintenance else {
                throw StoreError.refused(.endsOnlyOutages(notice: id, kind: facts.kind.label))
            }
            guard facts.published, facts.effectiveAt <= now, facts.endsAt.map({ $0 > now }) ?? true else {
                throw StoreError.refused(.notInForce(notice: id))
            }
            after.endsAt = now
        }
        if let ends = after.endsAt, ends <= after.effectiveAt { throw StoreError.refused(.endsBeforeEffective) }
        return after
    }
}

extension NoticeAmendment {
    /// The reason given for a withdrawal.
    var reason: String? {
        if case .withdraw(let reason) = self { reason } else { nil }
    }
}
