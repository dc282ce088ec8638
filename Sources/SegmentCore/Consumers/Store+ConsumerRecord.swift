extension Store {
    /// A consumer with contacts, services, technical operator and recent incidents.
    public func consumer(id: Int64) throws -> ConsumerDetail {
        guard let row = try consumers.row(id: id), let own = try consumers.ownFacts(id: id) else {
            throw StoreError.notFound(entity: .consumer, id: id)
        }
        var detail = ConsumerDetail(row: row, technicalOperatorNumber: own.operatorNumber,
                                    technicalOperatorName: own.operatorName, contacts: try consumers.contacts(consumerID: id),
                                    services: try consumers.serviceKeys(consumerID: id),
                                    recentIncidents: try consumers.recentIncidents(id: id),
                                    stageSince: try consumers.lastMoved(id: id) ?? own.createdAt,
                                    legalDeclaredAt: own.declaredAt, legalReference: own.reference)
        detail.agreementMail = try consumers.agreementMail(consumerID: id)
        detail.checklistTicks = try consumers.checklistTicks(consumerID: id)
        detail.checklists = policy.checklists
        return detail
    }
}
