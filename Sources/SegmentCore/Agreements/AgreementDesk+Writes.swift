extension AgreementDesk {
    /// Adds an agreement version.
    public func addAgreementVersion(_ version: Int, title: String, effectiveAt: Int64) throws {
        try store.role.permit(.changeAgreements, path: store.path)
        try store.agreements.add(version: version, title: title, effectiveAt: effectiveAt)
    }

    /// Records that a consumer accepted an agreement version, by whom when
    /// known; with a `note`, journalled on the consumer. Returns false when
    /// it was recorded before.
    @discardableResult
    public func recordAcceptance(consumerID: Int64, version: Int, at: Int64, by: String? = nil, note: String? = nil) throws -> Bool {
        try store.database.inTransaction {
            guard try store.agreements.recordAcceptance(consumerID: consumerID, version: version, at: at, by: by) else { return false }
            if let note {
                try store.journal(entity: .consumer, id: consumerID, action: .agreementAccepted,
                            after: "version=\(version) by=\(by ?? "-") \(note)")
            }
            return true
        }
    }
}
