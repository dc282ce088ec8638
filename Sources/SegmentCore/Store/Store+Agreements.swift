extension Store {
    /// The newest agreement version, if any.
    public func currentAgreementVersion() throws -> Int? { try agreements.currentVersion() }

    /// Records, from the dashboard, that a consumer accepted agreement
    /// `version` now (after a signed paper or a phone call), by the operator.
    /// Returns the consumer's name.
    @discardableResult
    public func acceptAgreement(consumerID: Int64, version: Int) throws -> String {
        try database.inTransaction {
            let versions = try agreements.versions()
            guard versions.contains(version) else {
                let known = versions.isEmpty ? "none yet (segdesk import agreements FILE)" : versions.map(String.init).joined(separator: ", ")
                throw StoreError.invalid(Wording("no agreement version {1}; the versions are {2}", version, known))
            }
            guard let name = try consumers.nameAndStage(id: consumerID)?.name else {
                throw StoreError.notFound(entity: .consumer, id: consumerID)
            }
            guard try recordAcceptance(consumerID: consumerID, version: version, at: now(), by: operatorLogin,
                                       note: "recorded in the dashboard") else {
                throw StoreError.invalid(Wording("{1} has already accepted version {2}", name, version))
            }
            return name
        }
    }
}
