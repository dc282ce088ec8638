extension ConsumerDesk {
    /// How many of a consumer's newest messages its record lists; `M` in
    /// the record lists more, `export messages` every one.
    public static let recordMessages = 10

    /// A consumer with contacts, services, technical operator, recent
    /// incidents and its newest messages.
    public func consumer(id: Int64) throws -> ConsumerDetail {
        guard let row = try store.consumers.row(id: id), let own = try store.consumers.ownFacts(id: id) else {
            throw StoreError.notFound(entity: .consumer, id: id)
        }
        var detail = ConsumerDetail(row: row, technicalOperatorNumber: own.operatorNumber,
                                    technicalOperatorName: own.operatorName, contacts: try store.consumers.contacts(consumerID: id),
                                    services: try store.consumers.serviceKeys(consumerID: id),
                                    recentIncidents: try store.consumers.recentIncidents(id: id),
                                    stageSince: try store.consumers.lastMoved(id: id) ?? own.createdAt,
                                    legalDeclaredAt: own.declaredAt, legalReference: own.reference)
        detail.mailDomain = own.mailDomain
        detail.agreementMail = try store.consumers.agreementMail(consumerID: id)
        detail.checklistTicks = try store.consumers.checklistTicks(consumerID: id)
        detail.checklists = store.policy.checklists
        detail.correspondence = try store.correspondence.consumer(id, limit: Self.recordMessages)
        return detail
    }
}

extension ConsumerDesk {
    /// The id of the consumer with organisation number `text` (spaces
    /// allowed, as people group it); nil when none has it.
    public func consumerID(organisationNumber text: String) throws -> Int64? {
        let digits = (try? OrganisationNumber(text))?.digits ?? text
        return try store.consumers.id(organisationNumber: digits)
    }
}
