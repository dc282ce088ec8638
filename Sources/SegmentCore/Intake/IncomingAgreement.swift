/// A version of the segment's agreement with the provider, as a file gives it.
public struct IncomingAgreement: Equatable, Sendable, IntakeRecord {
    public var line: Int
    public var version: Int
    public var title: String
    public var reference: String?
    public var publishedAt: Int64?
    public var effectiveAt: Int64
    public var acceptBy: Int64?

    public static let fieldNames = ["version", "title", "reference", "published_at", "effective_at", "accept_by"]

    public static func check(_ fields: [String: FieldValue], line: Int, file: String) -> RecordCheck<IncomingAgreement> {
        var reader = FieldReader(fields, line: line, file: file)
        let version = reader.number("version", required: true, in: 1...100_000)
        let title = reader.line("title", required: true)
        let reference = reader.line("reference", required: false)
        let publishedAt = reader.time("published_at", required: false)
        let effectiveAt = reader.time("effective_at", required: true)
        let acceptBy = reader.time("accept_by", required: false)
        guard reader.problems.isEmpty, let version, let title, let effectiveAt else { return .bad(reader.problems) }
        return .good(IncomingAgreement(line: line, version: version, title: title, reference: reference,
                                       publishedAt: publishedAt, effectiveAt: effectiveAt, acceptBy: acceptBy))
    }
}

/// A consumer's acceptance of an agreement version, as a file gives it.
public struct IncomingAcceptance: Equatable, Sendable, IntakeRecord {
    public var line: Int
    public var organisationNumber: OrganisationNumber
    public var version: Int
    public var acceptedAt: Int64
    public var acceptedBy: String?

    public static let fieldNames = ["org_number", "version", "accepted_at", "accepted_by"]

    public static func check(_ fields: [String: FieldValue], line: Int, file: String) -> RecordCheck<IncomingAcceptance> {
        var reader = FieldReader(fields, line: line, file: file)
        let number = reader.organisationNumber("org_number", required: true)
        let version = reader.number("version", required: true, in: 1...100_000)
        let acceptedAt = reader.time("accepted_at", required: true)
        let acceptedBy = reader.line("accepted_by", required: false)
        guard reader.problems.isEmpty, let number, let version, let acceptedAt else { return .bad(reader.problems) }
        return .good(IncomingAcceptance(line: line, organisationNumber: number, version: version, acceptedAt: acceptedAt,
                                        acceptedBy: acceptedBy))
    }
}
