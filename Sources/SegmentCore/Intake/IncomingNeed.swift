/// A need a consumer raised, as a file gives it.
public struct IncomingNeed: Equatable, Sendable, IntakeRecord {
    public var line: Int
    public var title: String
    public var description: String
    public var serviceKeys: [String]
    public var raisedBy: OrganisationNumber
    public var raisedAt: Int64?

    public static let fieldNames = ["title", "description", "services", "raised_by", "raised_at"]

    public static func check(_ fields: [String: FieldValue], line: Int, file: String) -> RecordCheck<IncomingNeed> {
        var reader = FieldReader(fields, line: line, file: file)
        let title = reader.line("title", required: true)
        let description = reader.text("description", required: false) ?? ""
        if description.utf8.count > IncomingIncident.maximumBodyBytes { reader.problem("description", localized("is longer than 1 MB")) }
        let services = reader.words("services", required: false)
        let raisedBy = reader.organisationNumber("raised_by", required: true)
        let raisedAt = reader.time("raised_at", required: false)
        guard reader.problems.isEmpty, let title, let raisedBy else { return .bad(reader.problems) }
        return .good(IncomingNeed(line: line, title: title, description: description, serviceKeys: services, raisedBy: raisedBy,
                                  raisedAt: raisedAt))
    }
}

/// A consumer's backing of a need, as a file gives it.
public struct IncomingBacking: Equatable, Sendable, IntakeRecord {
    public var line: Int
    public var needID: Int64
    public var organisationNumber: OrganisationNumber
    public var importance: Importance
    public var useCase: String?

    public static let fieldNames = ["need", "org_number", "importance", "use_case"]

    public static func check(_ fields: [String: FieldValue], line: Int, file: String) -> RecordCheck<IncomingBacking> {
        var reader = FieldReader(fields, line: line, file: file)
        let need = reader.number("need", required: true, in: 1...Int(Int32.max))
        let number = reader.organisationNumber("org_number", required: true)
        let importance = reader.number("importance", required: true, in: 1...3)
        let useCase = reader.line("use_case", required: false, maximum: 2_000)
        guard reader.problems.isEmpty, let need, let number, let importance else { return .bad(reader.problems) }
        return .good(IncomingBacking(line: line, needID: Int64(need), organisationNumber: number,
                                     importance: Importance(rawValue: importance)!, useCase: useCase))
    }
}
