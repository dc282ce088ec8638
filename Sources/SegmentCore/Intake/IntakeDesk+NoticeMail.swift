extension AcknowledgementState {
    /// What a consumer's reply to a notice says: READY or NOT AFFECTED (or
    /// KLAR, IKKE BERØRT) as the first words of its first line of its own
    /// (quoted lines, starting with `>`, are the notice itself); any other
    /// reply acknowledges it.
    public static func stated(in reply: String) -> AcknowledgementState {
        let own = reply.split(whereSeparator: \.isNewline).map { trimmedSpaces(String($0)) }
            .first { !$0.isEmpty && !$0.hasPrefix(">") }?.uppercased() ?? ""
        if own.hasPrefix("NOT AFFECTED") || own.hasPrefix("IKKE BERØRT") { return .notAffected }
        if own.hasPrefix("READY") || own.hasPrefix("KLAR") { return .ready }
        return .acknowledged
    }

    /// The order of progress: an answer never moves a consumer back.
    var rank: Int { Self.allCases.firstIndex(of: self)! }
}

extension IntakeDesk {
    /// The consumer of notice `id`'s audience that mail from `address` speaks
    /// for: by a contact's address, else by the consumer's mail domain.
    /// Nil when the sender is no one the notice reached.
    func sender(_ address: String, mayAnswerNotice id: Int64) throws -> Int64? {
        try store.noticeAudience.audienceMember(noticeID: id, mailedFrom: address, domain: MailAddress.domain(of: address))
    }

    /// A consumer answered a notice: the mail is kept on the notice and the
    /// consumer's state moves up to what the reply says, never down.
    func recordNoticeAnswer(_ mail: InboundMail, noticeID: Int64, consumerID: Int64, deliveredAt: Int64) throws {
        try keep(mail, kind: .noticeAnswer, deliveredAt: deliveredAt, incidentID: nil, caseID: nil, noticeID: noticeID)
        let stated = AcknowledgementState.stated(in: mail.text)
        let current = try store.noticeAudience.answer(noticeID: noticeID, consumerID: consumerID)?.state ?? .pending
        if stated.rank > current.rank {
            try store.noticeDesk.acknowledge(noticeID: noticeID, consumerID: consumerID, state: stated, note: nil, at: deliveredAt,
                            by: mail.senderAddress)
        } else {
            try store.journal(entity: .notice, id: noticeID, action: .answerReceived,
                        after: "consumer=\(consumerID) from=\(mail.senderAddress) message_id=\(mail.messageID)")
        }
    }

    /// The provider whose address, or mail domain, `address` is.
    func provider(forSender address: String) throws -> Int64? {
        let domain = MailAddress.domain(of: address)
        return try store.notices.provider(mailedFrom: address, domain: domain)
    }

    /// Untagged mail from a provider is its news for the segment, not a
    /// fault report: a draft notice (kind guessed from the words, for the
    /// operator to correct with `:kind`) on the services it names, else on
    /// all the provider's services, reaching no one until it is published.
    func recordProviderNotice(_ mail: InboundMail, providerID: Int64, deliveredAt: Int64) throws -> Int64 {
        let services = try store.notices.services(providerID: providerID, except: Store.unsortedServiceKey)
        let named = services.filter { service in
            mail.subject.localizedCaseInsensitiveContains(service.key) || mail.text.localizedCaseInsensitiveContains(service.key)
        }
        let chosen = (named.isEmpty ? services : named).map(\.id)
        let subject = mail.subjectLine(maximum: IncomingIncident.maximumTitleCharacters)
        let kind = NoticeKind.guessed(from: mail.subject + "\n" + mail.text)
        let consumers = try store.notices.consumers(in: NoticeAudience(serviceIDs: chosen, environment: .production))
        let id = try store.addNotice(providerID: providerID, kind: kind, title: subject?.title ?? "(no subject)",
                               body: mail.recordBody(limit: IncomingIncident.maximumBodyBytes, subjectCut: subject?.cut == true),
                               breaking: false, announcedAt: deliveredAt, publishedAt: nil, effectiveAt: deliveredAt,
                               serviceIDs: chosen, consumerIDs: consumers, acknowledged: [:])
        try keep(mail, kind: .providerNotice, deliveredAt: deliveredAt, incidentID: nil, caseID: nil, noticeID: id)
        try store.journal(entity: .notice, id: id, action: .receivedByMail,
                    after: "from=\(mail.senderAddress) message_id=\(mail.messageID) status=draft kind=\(kind.rawValue)")
        return id
    }
}

extension NoticeKind {
    /// A first guess at what a provider's mail announces, from its words in
    /// Norwegian or English; the operator corrects it before publishing.
    static func guessed(from text: String) -> NoticeKind {
        let lowered = text.lowercased()
        let words: [(NoticeKind, [String])] = [
            (.maintenance, ["vedlikehold", "maintenance", "planlagt nedetid"]),
            (.deviation, ["driftsavvik", "avvik", "outage", "nedetid", "utilgjengelig"]),
            (.regulatory, ["forskrift", "lovendring", "regulation", "hjemmel"]),
            (.datasetChange, ["datasett", "dataset", "kodeliste", "felt"]),
        ]
        return words.first { $0.1.contains { lowered.contains($0) } }?.0 ?? .interfaceChange
    }
}
