extension IntakeDesk {
    /// Whether mail from `address` may answer on an incident: its reporter's
    /// address, a contact of its consumer (a shared vendor mailbox too), or the
    /// consumer's mail domain. A tag in a subject is easy to copy; anyone else
    /// claiming the thread is taken as a new report instead of changing it.
    func sender(_ address: String, mayAnswerIncident id: Int64) throws -> Bool {
        try store.inboundMail.mayAnswer(incidentID: id, address: address, domain: MailAddress.domain(of: address))
    }

    /// Whether mail from `address` may answer for the provider of a case: the
    /// provider's own address or another at its mail domain.
    func sender(_ address: String, mayAnswerCase id: Int64) throws -> Bool {
        guard let providerEmail = try store.inboundMail.providerAddress(caseID: id) else { return false }
        return address.caseInsensitiveCompare(providerEmail) == .orderedSame
            || MailAddress.domain(of: address).caseInsensitiveCompare(MailAddress.domain(of: providerEmail)) == .orderedSame
    }

    /// The incident or case a message claims to answer: by the tag in its
    /// subject, else by the messages it names in In-Reply-To and References.
    /// A tag for a record that does not exist is ignored.
    func thread(of mail: InboundMail) throws -> MailSubjectTag? {
        switch MailSubjectTag.find(in: mail.subject) {
        case .incident(let id)?:
            if try store.inboundMail.exists(.incident, id: id) { return .incident(id) }
        case .providerCase(let id)?:
            if try store.inboundMail.exists(.providerCase, id: id) { return .providerCase(id) }
        case .notice(let id)?:
            if try store.inboundMail.exists(.notice, id: id) { return .notice(id) }
        case .agreement(let version)?:
            if try store.inboundMail.exists(.agreement, id: version) { return .agreement(version) }
        case .alert(let id)?:
            if try store.inboundMail.exists(.alert, id: id) { return .alert(id) }
        case nil:
            break
        }
        for referenced in mail.referencedIDs {
            // The reporter's own earlier mail, quoted in a reply to it that lost segdesk's tag.
            if let incident = try store.inboundMail.incidentOfMail(messageID: referenced) { return .incident(incident) }
            guard let (kind, id) = try store.inboundMail.sentAbout(messageID: "<\(referenced)>") else { continue }
            switch kind {
            case .incident?: return .incident(id)
            case .providerCase?: return .providerCase(id)
            case .notice?: return .notice(id)
            case .agreement?: return .agreement(id)
            case .alert?: return .alert(id)
            default: continue
            }
        }
        return nil
    }

    func keep(_ mail: InboundMail, kind: InboundMailKind, deliveredAt: Int64, incidentID: Int64?, caseID: Int64?,
              noticeID: Int64? = nil, consumerID: Int64? = nil) throws {
        try store.inboundMail.keep(mail, kind: kind, deliveredAt: deliveredAt, incidentID: incidentID, caseID: caseID, noticeID: noticeID,
                             consumerID: consumerID)
    }

    /// A consumer answered: the text is kept with the incident, which shows
    /// a new reply until someone opens it, and one that was waiting on the
    /// consumer, or that we had resolved, is ours again (triaged, its clock
    /// running). A closed incident stays closed; the reply is kept with it.
    func recordReply(_ mail: InboundMail, incidentID: Int64, deliveredAt: Int64) throws {
        try keep(mail, kind: .reply, deliveredAt: deliveredAt, incidentID: incidentID, caseID: nil)
        try store.journal(entity: .incident, id: incidentID, action: .replyReceived,
                    after: "from=\(mail.senderAddress) message_id=\(mail.messageID)")
        try store.incidents.markReplyUnread(id: incidentID, at: deliveredAt)
        switch try store.triageDesk.snapshot(of: incidentID).0.status {
        case .waitingOnConsumer, .resolved:
            try store.triageDesk.triage(.setStatus(.triaged, nil), incidents: [incidentID])
        default:
            break
        }
    }

    /// The provider answered a forwarded case: the text is kept with the case,
    /// and a forwarded case counts as acknowledged.
    func recordProviderUpdate(_ mail: InboundMail, caseID: Int64, deliveredAt: Int64) throws {
        try keep(mail, kind: .providerUpdate, deliveredAt: deliveredAt, incidentID: nil, caseID: caseID)
        try store.journal(entity: .providerCase, id: caseID, action: .providerUpdate,
                    after: "from=\(mail.senderAddress) message_id=\(mail.messageID)")
        try store.cases.acknowledgeIfForwarded(caseID: caseID)
    }

    /// A new report by mail becomes an incident; `note` joins its journal entry.
    func recordMailReport(_ mail: InboundMail, deliveredAt: Int64, note: String? = nil) throws -> MailIngestOutcome {
        let (consumerID, matchNote) = try consumer(forSender: mail.senderAddress)
        let uses = try consumerID.map(store.consumers.serviceKeys(consumerID:)) ?? []
        let services = try store.knownServices()
        let serviceID: Int64
        if let key = MailReportFacts.serviceKey(subject: mail.subject, text: mail.text, known: services.ids.keys.sorted(),
                                                consumerUses: uses),
           let id = services[key] {
            serviceID = id
        } else {
            serviceID = try unsortedServiceID()
        }
        let subject = mail.subjectLine(maximum: IncomingIncident.maximumTitleCharacters)
        let title = subject?.title
            ?? String(mail.text.split(whereSeparator: \.isNewline).first.map { trimmedSpaces(String($0)) }?.prefix(200) ?? "(no subject)")
        var incident = NewIncident(externalID: mail.messageID, consumerID: consumerID, serviceID: serviceID,
                                   receivedAt: deliveredAt, title: title.isEmpty ? "(no subject)" : title)
        incident.reporterName = mail.senderName
        incident.reporterEmail = mail.senderAddress
        incident.body = mail.recordBody(limit: IncomingIncident.maximumBodyBytes, subjectCut: subject?.cut == true)
        incident.errorCode = MailReportFacts.errorCode(subject: mail.subject, text: mail.text)
        let facts = (["from=\(mail.senderAddress) message_id=\(mail.messageID)"] + [matchNote, note].compactMap { $0 })
            .joined(separator: " ")
        let id = try addIncident(incident, arrival: .mail(facts: facts))
        try keep(mail, kind: .report, deliveredAt: deliveredAt, incidentID: id, caseID: nil)
        return .newIncident(id: id, consumerID: consumerID)
    }

    /// The consumer a sender writes for: the one whose contact has this
    /// address, else the one whose mail domain it is. An address shared by
    /// several consumers (a vendor's) matches none; the note says why.
    func consumer(forSender address: String) throws -> (Int64?, String?) {
        let byContact = try store.consumers.withContact(address: address, limit: 6)
        if byContact.count == 1 { return (byContact[0], nil) }
        if byContact.count > 1 { return (nil, "unmatched=contact-of-\(byContact.count == 6 ? "6+" : String(byContact.count))-consumers") }
        let domain = MailAddress.domain(of: address)
        let byDomain = try store.consumers.withMailDomain(domain, limit: 2)
        if byDomain.count == 1 { return (byDomain[0], nil) }
        return (nil, byDomain.isEmpty ? "unmatched=unknown-sender" : "unmatched=domain-of-several-consumers")
    }

    /// The service reports land on until the operator names theirs; made on
    /// first use under the first provider.
    func unsortedServiceID() throws -> Int64 {
        if let id = try store.inboundMail.serviceID(key: Store.unsortedServiceKey) { return id }
        guard let provider = try store.providers.first()?.id else {
            throw StoreError.refused(Refusal.noProviderForMail)
        }
        return try store.providers.addService(providerID: provider, key: Store.unsortedServiceKey, name: "Service not yet known",
                              environments: [.production, .test])
    }
}
