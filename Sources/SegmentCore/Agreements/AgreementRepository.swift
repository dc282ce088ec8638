/// The segment's agreement: every statement about the agreement versions,
/// acceptances and requests tables, and the reminders sent about them.
public struct AgreementRepository {
    let database: Database

    /// The newest agreement version, if any.
    public func currentVersion() throws -> Int? {
        try database.first("SELECT max(version) FROM agreement_versions") { $0.optionalInt(0) } ?? nil
    }

    /// Whether the consumer accepted `version`.
    func hasAccepted(consumerID: Int64, version: Int64) throws -> Bool {
        try database.first("SELECT 1 FROM agreement_acceptances WHERE consumer_id = ? AND version = ?",
                           [.integer(consumerID), .integer(version)], { $0.int(0) }) != nil
    }

    /// Every version's number, in order.
    func versions() throws -> [Int] {
        try database.rows("SELECT version FROM agreement_versions ORDER BY version") { $0.integer(0) }
    }

    /// Whether version `version` is known.
    func exists(_ version: Int) throws -> Bool {
        try database.first("SELECT 1 FROM agreement_versions WHERE version = ?", [.integer(Int64(version))], { $0.int(0) }) != nil
    }

    /// Adds an agreement version; published now unless said.
    func add(version: Int, title: String, effectiveAt: Int64, reference: String? = nil, publishedAt: Int64? = nil,
             acceptBy: Int64? = nil) throws {
        try database.run("""
            INSERT INTO agreement_versions (version, title, effective_at, reference, published_at, accept_by)
            VALUES (?, ?, ?, ?, ?, ?)
            """, [.integer(Int64(version)), .text(title), .integer(effectiveAt), reference.map(SQLValue.text) ?? .null,
                  publishedAt.map(SQLValue.integer) ?? .null, acceptBy.map(SQLValue.integer) ?? .null])
    }

    /// What a message about version `version` says of it.
    func facts(_ version: Int) throws -> AgreementFacts? {
        try database.first("SELECT title, reference, effective_at, accept_by FROM agreement_versions WHERE version = ?",
                           [.integer(Int64(version))], {
            AgreementFacts(version: Int64(version), title: $0.string(0), reference: $0.optionalString(1), effectiveAt: $0.int(2),
                           acceptBy: $0.isNull(3) ? nil : $0.int(3))
        })
    }

    /// The newest version with a date to accept it by.
    func newestWithDeadline() throws -> AgreementFacts? {
        try database.first("""
            SELECT version, title, accept_by, reference, effective_at FROM agreement_versions WHERE accept_by IS NOT NULL
            ORDER BY version DESC LIMIT 1
            """, [], { AgreementFacts(version: $0.int(0), title: $0.string(1), reference: $0.optionalString(3), effectiveAt: $0.int(4),
                                      acceptBy: $0.int(2)) })
    }

    /// Records a consumer's acceptance; false when it was recorded before.
    func recordAcceptance(consumerID: Int64, version: Int, at: Int64, by: String?) throws -> Bool {
        try database.run("""
            INSERT OR IGNORE INTO agreement_acceptances (consumer_id, version, accepted_at, accepted_by) VALUES (?, ?, ?, ?)
            """, [.integer(consumerID), .integer(Int64(version)), .integer(at), by.map(SQLValue.text) ?? .null])
        return database.changes == 1
    }

    /// Records that a consumer was asked to accept `version` at `at`.
    func recordRequest(version: Int, consumerID: Int64, at: Int64) throws {
        try database.run("INSERT INTO agreement_requests (version, consumer_id, sent_at) VALUES (?, ?, ?)",
                         [.integer(Int64(version)), .integer(consumerID), .integer(at)])
    }

    /// The consumers, not offboarded, that have neither accepted `version`
    /// nor been asked to, by name: id, name, address (business first) and language.
    func notYetAsked(_ version: Int) throws -> [(id: Int64, name: String, address: String?, language: Language)] {
        try database.rows("""
            SELECT c.id, c.name,
                   (SELECT email FROM contacts WHERE consumer_id = c.id ORDER BY role != \(ContactRole.business.sql), role != \(ContactRole.technical.sql), id LIMIT 1),
                   c.language
            FROM consumers c WHERE c.stage != \(OnboardingStage.offboarded.sql)
              AND NOT EXISTS (SELECT 1 FROM agreement_acceptances a WHERE a.consumer_id = c.id AND a.version = ?1)
              AND NOT EXISTS (SELECT 1 FROM agreement_requests r WHERE r.consumer_id = c.id AND r.version = ?1)
            ORDER BY c.sort_name
            """, [.integer(Int64(version))]) { (id: $0.int(0), name: $0.string(1), address: $0.optionalString(2), language: $0.language(3)) }
    }

    /// The consumers, not offboarded, that have not accepted `version` and
    /// were not reminded at the point `daysBefore`, by organisation number:
    /// id, organisation number, name, business and technical address, language.
    /// Only those asked to accept it before that point (`point`) and no
    /// later than `sentBy`.
    func notReminded(_ version: Int64, daysBefore: Int, point: Int64, sentBy: Int64) throws
        -> [(id: Int64, organisationNumber: String, name: String, business: String?, technical: String?, language: Language)] {
        try database.rows("""
            SELECT c.id, c.org_number, c.name,
                   (SELECT email FROM contacts WHERE consumer_id = c.id AND role = \(ContactRole.business.sql) ORDER BY id LIMIT 1),
                   (SELECT email FROM contacts WHERE consumer_id = c.id AND role = \(ContactRole.technical.sql) ORDER BY id LIMIT 1), c.language
            FROM consumers c WHERE c.stage != \(OnboardingStage.offboarded.sql)
              AND NOT EXISTS (SELECT 1 FROM agreement_acceptances a WHERE a.consumer_id = c.id AND a.version = ?1)
              AND NOT EXISTS (SELECT 1 FROM reminders r WHERE r.kind = \(RecordKind.agreement.sql) AND r.record_id = ?1
                              AND r.consumer_id = c.id AND r.days_before = ?2)
              AND EXISTS (SELECT 1 FROM agreement_requests q WHERE q.version = ?1 AND q.consumer_id = c.id
                          AND q.sent_at < ?3 AND q.sent_at <= ?4)
            ORDER BY c.org_number
            """, [.integer(version), .integer(Int64(daysBefore)), .integer(point), .integer(sentBy)]) {
            (id: $0.int(0), organisationNumber: $0.string(1), name: $0.string(2), business: $0.optionalString(3),
             technical: $0.optionalString(4), language: $0.language(5))
        }
    }

    /// Each version with how many consumers not offboarded accepted it, newest first.
    func reviewVersions() throws -> [AgreementReview.Version] {
        try database.rows("""
            SELECT v.version, v.title, v.reference, v.effective_at, v.accept_by,
                   (SELECT count(*) FROM agreement_acceptances a JOIN consumers c ON c.id = a.consumer_id
                     WHERE a.version = v.version AND c.stage != \(OnboardingStage.offboarded.sql))
            FROM agreement_versions v ORDER BY v.version DESC
            """) {
            AgreementReview.Version(version: $0.integer(0), title: $0.string(1), reference: $0.optionalString(2),
                                    effectiveAt: $0.int(3), acceptBy: $0.isNull(4) ? nil : $0.int(4), accepted: $0.integer(5))
        }
    }

    /// How many consumers are not offboarded.
    func consumersInSegment() throws -> Int {
        try database.scalar("SELECT count(*) FROM consumers WHERE stage != \(OnboardingStage.offboarded.sql)")
    }

    private static let lacking = """
        c.stage != \(OnboardingStage.offboarded.sql) AND NOT EXISTS (SELECT 1 FROM agreement_acceptances a WHERE a.consumer_id = c.id AND a.version = ?1)
        """

    /// Those not offboarded that have not accepted `version` (at most
    /// `limit`), the most reminded first, and how many they are in all.
    func missing(_ version: Int, limit: Int) throws -> (missing: [AgreementReview.Missing], total: Int) {
        let missing = try database.rows("""
            SELECT c.name, c.org_number, c.stage,
                   (SELECT count(*) FROM reminders r WHERE r.kind = \(RecordKind.agreement.sql) AND r.record_id = ?1 AND r.consumer_id = c.id) AS sent
            FROM consumers c WHERE \(Self.lacking) ORDER BY sent DESC, c.sort_name LIMIT ?2
            """, [.integer(Int64(version)), .integer(Int64(limit))]) {
            AgreementReview.Missing(name: $0.string(0), organisationNumber: $0.string(1),
                                    stage: OnboardingStage(rawValue: $0.string(2)) ?? .registered, reminders: $0.integer(3))
        }
        let total: Int = try database.scalar("SELECT count(*) FROM consumers c WHERE \(Self.lacking)", [.integer(Int64(version))])
        return (missing, total)
    }

    /// Records that a consumer was reminded of a record at the point `daysBefore` its deadline.
    func recordReminder(kind: RecordKind, recordID: Int64, consumerID: Int64, daysBefore: Int, at: Int64) throws {
        try database.run("""
            INSERT OR IGNORE INTO reminders (kind, record_id, consumer_id, days_before, sent_at) VALUES (?, ?, ?, ?, ?)
            """, [.text(kind.rawValue), .integer(recordID), .integer(consumerID), .integer(Int64(daysBefore)), .integer(at)])
    }
}

extension Store {
    /// The segment's agreement and who accepted it.
    public var agreements: AgreementRepository { AgreementRepository(database: database) }
}
