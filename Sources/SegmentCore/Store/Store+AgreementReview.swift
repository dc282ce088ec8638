extension Store {
    /// The agreement versions with their acceptance counts, newest first, and
    /// the consumers (not offboarded) that have not accepted the newest, the
    /// most reminded first, at most `limit`.
    public func agreementReview(limit: Int = 500) throws -> AgreementReview {
        let versions = try database.rows("""
            SELECT v.version, v.title, v.reference, v.effective_at, v.accept_by,
                   (SELECT count(*) FROM agreement_acceptances a JOIN consumers c ON c.id = a.consumer_id
                     WHERE a.version = v.version AND c.stage != \(OnboardingStage.offboarded.sql))
            FROM agreement_versions v ORDER BY v.version DESC
            """) {
            AgreementReview.Version(version: $0.integer(0), title: $0.string(1), reference: $0.optionalString(2),
                                    effectiveAt: $0.int(3), acceptBy: $0.isNull(4) ? nil : $0.int(4), accepted: $0.integer(5))
        }
        let consumers = try database.scalar("SELECT count(*) FROM consumers WHERE stage != \(OnboardingStage.offboarded.sql)")
        guard let newest = versions.first?.version else {
            return AgreementReview(versions: [], consumers: consumers, missing: [], missingTotal: 0)
        }
        let lacking = "c.stage != \(OnboardingStage.offboarded.sql) AND NOT EXISTS (SELECT 1 FROM agreement_acceptances a WHERE a.consumer_id = c.id AND a.version = ?1)"
        let missing = try database.rows("""
            SELECT c.name, c.org_number, c.stage,
                   (SELECT count(*) FROM reminders r WHERE r.kind = \(RecordKind.agreement.sql) AND r.record_id = ?1 AND r.consumer_id = c.id) AS sent
            FROM consumers c WHERE \(lacking) ORDER BY sent DESC, c.sort_name LIMIT ?2
            """, [.integer(Int64(newest)), .integer(Int64(limit))]) {
            AgreementReview.Missing(name: $0.string(0), organisationNumber: $0.string(1),
                                    stage: OnboardingStage(rawValue: $0.string(2)) ?? .registered, reminders: $0.integer(3))
        }
        let total = try database.scalar("SELECT count(*) FROM consumers c WHERE \(lacking)", [.integer(Int64(newest))])
        return AgreementReview(versions: versions, consumers: consumers, missing: missing, missingTotal: total)
    }
}
