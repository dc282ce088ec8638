extension AgreementDesk {
    /// The agreement versions with their acceptance counts, newest first, and
    /// the consumers (not offboarded) that have not accepted the newest, the
    /// most reminded first, at most `limit`.
    public func agreementReview(limit: Int = 500) throws -> AgreementReview {
        let versions = try store.agreements.reviewVersions()
        let consumers = try store.agreements.consumersInSegment()
        guard let newest = versions.first?.version else {
            return AgreementReview(versions: [], consumers: consumers, missing: [], missingTotal: 0)
        }
        let (missing, total) = try store.agreements.missing(newest, limit: limit)
        return AgreementReview(versions: versions, consumers: consumers, missing: missing, missingTotal: total)
    }
}
