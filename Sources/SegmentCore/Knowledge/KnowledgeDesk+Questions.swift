extension KnowledgeDesk {
    /// The request for a clarification, as the provider will read it: the
    /// operator's question, then the consumer's own words (masked unless kept).
    public func clarificationRequest(incidentID: Int64, question: String, keepingPersonalData: Bool = false) throws -> PlannedMessage {
        let incident = try store.incident(id: incidentID)
        guard let serviceID = try store.incidents.fingerprint(id: incidentID)?.service,
              let providerID = try store.providers.provider(ofService: serviceID),
              let provider = try store.providers.mailFacts(id: providerID) else { throw StoreError.notFound(entity: .incident, id: incidentID) }
        let address = store.policy.providerAddress(key: provider.key, registered: provider.email)
        let language = provider.language
        let body = [language.text("On behalf of the data-sharing segment we ask your experts to clarify:"), "", question, "",
                    language.text("The consumer's question ({1}, {2}):", UntrustedText.line(incident.row.title), incident.row.serviceKey), "",
                    incident.body.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }.joined(separator: "\n"), "",
                    language.text("Please answer by replying to this message, with your reference.")].joined(separator: "\n")
        return PlannedMessage(recipient: address, subject: language.text("Question: {1}", UntrustedText.line(incident.row.title)),
                              body: body, incidentID: incidentID, keepingPersonalData: keepingPersonalData)
    }

    /// Asks the provider to clarify a question: a provider case of kind
    /// question (never joined by a fault's reports) with the incident in it,
    /// the request sent in the case's own thread, and the provider's clock
    /// on it. Returns the case.
    @discardableResult
    public func askProvider(incidentID: Int64, question: String, keepingPersonalData: Bool = false) throws -> Int64 {
        let question = trimmedSpaces(question)
        guard !question.isEmpty else { throw StoreError.refused(.questionNeedsText) }
        return try store.database.inTransaction {
            guard let fingerprint = try store.incidents.fingerprint(id: incidentID) else { throw StoreError.notFound(entity: .incident, id: incidentID) }
            let message = try clarificationRequest(incidentID: incidentID, question: question, keepingPersonalData: keepingPersonalData)
            let caseID = try store.addCase(title: fingerprint.title, serviceID: fingerprint.service,
                                           environment: try store.incident(id: incidentID).environment, errorCode: fingerprint.code,
                                           status: .open, providerReference: nil, openedAt: store.now())
            try store.cases.markQuestion(caseID)
            try store.journal(entity: .providerCase, id: caseID, action: .opened, after: "status=open kind=question incident=\(incidentID)")
            let (before, version, receivedAt) = try store.triageDesk.snapshot(of: incidentID)
            var after = before
            after.caseID = caseID
            after.status = .inProviderCase
            try store.triageDesk.write(after, to: incidentID, expectedVersion: version, receivedAt: receivedAt)
            try store.journal(entity: .incident, id: incidentID, action: .grouped, before: before.journalText, after: after.journalText)
            try store.cases.markForwarded(consumers: try store.cases.consumersNotForwarded(caseID: caseID), caseID: caseID)
            try store.outbox.queue(to: message.recipient, subject: "[SEG-C\(caseID)] " + message.subject, body: message.body, entity: .providerCase,
                                   entityID: caseID, keepingPersonalData: keepingPersonalData)
            let targets = try Forwarding(store: store).providerTargets(caseID: caseID)
            try store.cases.markForwarded(caseID: caseID, acknowledgeWithin: targets.acknowledge, resolveWithin: targets.resolve)
            try store.triageDesk.triage(.setStatus(.forwarded, nil), incidents: [incidentID])
            try store.journal(entity: .providerCase, id: caseID, action: .forwarded, before: "status=open",
                              after: "status=forwarded kind=question to=\(message.recipient)")
            return caseID
        }
    }

    /// A draft article from a question case and the provider's newest
    /// reply on it: the question as its title, the reply as its text in the
    /// provider's language, the provider's reference (else the reply's
    /// time) as its source. Returns the article.
    @discardableResult
    public func draftArticle(fromCase caseID: Int64) throws -> Int64 {
        guard try store.cases.isQuestion(caseID) else { throw StoreError.refused(.notAQuestion(caseID: caseID)) }
        let detail = try store.caseDesk.providerCase(id: caseID)
        guard let reply = detail.providerUpdates.first else { throw StoreError.refused(.noReplyYet(caseID: caseID)) }
        let provider = try store.caseDesk.caseProvider(caseID: caseID)
        let text = ArticleText(title: UntrustedText.line(detail.row.title), text: reply.text)
        let services = try store.knownServices()
        return try store.database.inTransaction {
            let id = try store.knowledge.insert(KnowledgeRepository.Fields(
                bokmal: provider.language == .bokmal ? text : nil, english: provider.language == .english ? text : nil,
                serviceIDs: services[detail.row.serviceKey].map { [$0] } ?? [], errorCodes: detail.row.errorCode.map { [ErrorCode.normalised($0)] } ?? [],
                tags: [], status: .draft, source: .provider,
                providerReference: detail.row.providerReference ?? "SEG-C\(caseID)", clarifiedAt: reply.at), author: store.operatorLogin, at: store.now())
            try store.journal(entity: .article, id: id, action: .written, after: "status=draft source=provider case=\(caseID)")
            return id
        }
    }
}
