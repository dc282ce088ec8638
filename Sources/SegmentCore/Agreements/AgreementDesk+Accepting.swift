extension AgreementDesk {

    /// Records, from the dashboard, that a consumer accepted agreement
    /// `version` now (after a signed paper or a phone call), by the operator.
    /// Returns the consumer's name.
    @discardableResult
    public func acceptAgreement(consumerID: Int64, version: Int) throws -> String {
        try store.role.permit(.changeAgreements, path: store.path)
        return try store.database.inTransaction {
            let versions = try store.agreements.versions()
            guard versions.contains(version) else {
                let known = versions.isEmpty ? "none yet (segdesk import agreements FILE)" : versions.map(String.init).joined(separator: ", ")
                throw StoreError.refused(Refusal.noAgreementVersion(version: version, known: known))
            }
            guard let name = try store.consumers.nameAndStage(id: consumerID)?.name else {
                throw StoreError.notFound(entity: .consumer, id: consumerID)
            }
            guard try recordAcceptance(consumerID: consumerID, version: version, at: store.now(), by: store.operatorLogin,
                                       note: "recorded in the dashboard") else {
                throw StoreError.refused(Refusal.alreadyAccepted(consumer: name, version: version))
            }
            return name
        }
    }
}
