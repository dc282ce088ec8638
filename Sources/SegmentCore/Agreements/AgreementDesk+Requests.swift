extension AgreementDesk {
    /// The messages asking for acceptance of agreement `version` would
    /// queue: one per consumer not offboarded that has neither accepted it
    /// nor been asked, to its business contact (else any contact), tagged
    /// `[SEG-A<version>]` so a reply joins the consumer's agreement thread.
    public func acceptanceRequests(version: Int, keepingPersonalData: Bool = false) throws -> [(consumerID: Int64, message: PlannedMessage)] {
        guard let agreement = try store.agreements.facts(version) else {
            throw StoreError.refused(Refusal.agreementNotImported(version: version))
        }
        return try store.agreements.notYetAsked(version).compactMap { consumer -> (consumerID: Int64, message: PlannedMessage)? in
            guard let recipient = consumer.address, MailAddress.isPlausible(recipient) else { return nil }
            let text = AgreementMessages.request(agreement, consumer: consumer.name, in: consumer.language)
            return (consumer.id, PlannedMessage(recipient: recipient, subject: text.subject, body: text.body, incidentID: 0,
                                                keepingPersonalData: keepingPersonalData))
        }
    }

    /// Queues the requests in one transaction, records whom each went to,
    /// and journals it. Returns how many were queued.
    @discardableResult
    public func requestAcceptance(version: Int, keepingPersonalData: Bool = false) throws -> Int {
        try store.database.inTransaction {
            let requests = try acceptanceRequests(version: version, keepingPersonalData: keepingPersonalData)
            guard !requests.isEmpty else {
                throw StoreError.refused(.everyoneAsked(version: version))
            }
            for request in requests {
                try store.outbox.queue(to: request.message.recipient, subject: request.message.subject, body: request.message.body,
                                 entity: .agreement, entityID: Int64(version), consumer: request.consumerID,
                                 keepingPersonalData: keepingPersonalData)
                try store.agreements.recordRequest(version: version, consumerID: request.consumerID, at: store.now())
            }
            try store.journal(entity: .agreement, id: Int64(version), action: .acceptanceRequested, after: "messages=\(requests.count)")
            return requests.count
        }
    }

    /// A consumer's mail on an agreement's thread: kept on the consumer's
    /// record for the operator, who records an acceptance with `:accept`
    /// once it is signed (a mail is not a signature).
    func recordAgreementAnswer(_ mail: InboundMail, version: Int64, consumerID: Int64, deliveredAt: Int64) throws {
        try store.intakeDesk.keep(mail, kind: .agreementAnswer, deliveredAt: deliveredAt, incidentID: nil, caseID: nil, consumerID: consumerID)
        try store.journal(entity: .consumer, id: consumerID, action: .agreementMailReceived,
                    after: "version=\(version) from=\(mail.senderAddress) message_id=\(mail.messageID)")
    }
}
