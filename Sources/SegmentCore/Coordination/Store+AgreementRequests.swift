extension Store {
    /// The messages asking for acceptance of agreement `version` would
    /// queue: one per consumer not offboarded that has neither accepted it
    /// nor been asked, to its business contact (else any contact), tagged
    /// `[SEG-A<version>]` so a reply joins the consumer's agreement thread.
    public func acceptanceRequests(version: Int, keepingPersonalData: Bool = false) throws -> [(consumerID: Int64, message: PlannedMessage)] {
        guard let agreement = try database.first("""
            SELECT title, reference, effective_at, accept_by FROM agreement_versions WHERE version = ?
            """, [.integer(Int64(version))], {
                AgreementFacts(version: Int64(version), title: $0.string(0), reference: $0.optionalString(1), effectiveAt: $0.int(2),
                               acceptBy: $0.isNull(3) ? nil : $0.int(3))
            }) else { throw StoreError.invalid(Wording("no agreement version {1}; segdesk import agreements first", version)) }
        return try database.rows("""
            SELECT c.id, c.name,
                   (SELECT email FROM contacts WHERE consumer_id = c.id ORDER BY role != \(ContactRole.business.sql), role != \(ContactRole.technical.sql), id LIMIT 1),
                   c.language
            FROM consumers c WHERE c.stage != \(OnboardingStage.offboarded.sql)
              AND NOT EXISTS (SELECT 1 FROM agreement_acceptances a WHERE a.consumer_id = c.id AND a.version = ?1)
              AND NOT EXISTS (SELECT 1 FROM agreement_requests r WHERE r.consumer_id = c.id AND r.version = ?1)
            ORDER BY c.sort_name
            """, [.integer(Int64(version))]) { row -> (Int64, PlannedMessage)? in
            guard let recipient = row.optionalString(2), MailAddress.isPlausible(recipient) else { return nil }
            let text = AgreementMessages.request(agreement, consumer: row.string(1), in: row.language(3))
            return (row.int(0), PlannedMessage(recipient: recipient, subject: text.subject, body: text.body, incidentID: 0,
                                               keepingPersonalData: keepingPersonalData))
        }.compactMap { $0 }
    }

    /// Queues the requests in one transaction, records whom each went to,
    /// and journals it. Returns how many were queued.
    @discardableResult
    public func requestAcceptance(version: Int, keepingPersonalData: Bool = false) throws -> Int {
        try database.inTransaction {
            let requests = try acceptanceRequests(version: version, keepingPersonalData: keepingPersonalData)
            guard !requests.isEmpty else {
                throw StoreError.invalid(Wording("every consumer has accepted version {1} or been asked; segdesk remind chases them", version))
            }
            for request in requests {
                try outbox.queue(to: request.message.recipient, subject: request.message.subject, body: request.message.body,
                                 entity: .agreement, entityID: Int64(version), keepingPersonalData: keepingPersonalData)
                try database.run("INSERT INTO agreement_requests (version, consumer_id, sent_at) VALUES (?, ?, ?)",
                                 [.integer(Int64(version)), .integer(request.consumerID), .integer(now())])
            }
            try journal(entity: .agreement, id: Int64(version), action: .acceptanceRequested, after: "messages=\(requests.count)")
            return requests.count
        }
    }

    /// A consumer's mail on an agreement's thread: kept on the consumer's
    /// record for the operator, who records an acceptance with `:accept`
    /// once it is signed (a mail is not a signature).
    func recordAgreementAnswer(_ mail: InboundMail, version: Int64, consumerID: Int64, deliveredAt: Int64) throws {
        try keep(mail, kind: .agreementAnswer, deliveredAt: deliveredAt, incidentID: nil, caseID: nil, consumerID: consumerID)
        try journal(entity: .consumer, id: consumerID, action: .agreementMailReceived,
                    after: "version=\(version) from=\(mail.senderAddress) message_id=\(mail.messageID)")
    }

    /// The latest mail a consumer sent on the agreement's thread, newest first.
    func agreementMail(consumerID: Int64) throws -> [ReceivedMessage] {
        try database.rows("""
            SELECT received_at, sender, subject, body FROM inbound_mail WHERE consumer_id = ? ORDER BY id DESC LIMIT 20
            """, [.integer(consumerID)]) {
            ReceivedMessage(at: $0.int(0), from: $0.string(1), text: $0.string(3), subject: $0.string(2))
        }
    }
}
