extension ConsumerDesk {
    /// A consumer with contacts, services, technical operator and recent incidents.
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
        detail.agreementMail = try store.consumers.agreementMail(consumerID: id)
        detail.checklistTicks = try store.consumers.checklistTicks(consumerID: id)
        detail.checklists = store.policy.checklists
        return detail
    }
}
