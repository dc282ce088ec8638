/// A consumer's answer to a notice, as a file gives it.
public struct IncomingAcknowledgement: Equatable, Sendable, IntakeRecord {
    public var line: Int
    public var noticeID: Int64
    public var organisationNumber: OrganisationNumber
    public var state: AcknowledgementState
    public var at: Int64?
    public var note: String?

    public static let fieldNames = ["notice", "org_number", "state", "at", "note"]

    public static func check(_ fields: [String: FieldValue], line: Int, file: String) -> RecordCheck<IncomingAcknowledgement> {
        var reader = FieldReader(fields, line: line, file: file)
        let notice = reader.number("notice", required: true, in: 1...Int(Int32.max))
        let number = reader.organisationNumber("org_number", required: true)
        var state: AcknowledgementState?
        if let value = reader.identifier("state", required: true) {
            state = AcknowledgementState(rawValue: value)
            if state == nil {
                reader.problem("state", localized("expected one of {1}, got \"{2}\"", AcknowledgementState.allCases.map(\.rawValue).joined(separator: ", "), value))
            }
        }
        let at = reader.time("at", required: false)
        let note = reader.line("note", required: false)
        guard reader.problems.isEmpty, let notice, let number, let state else { return .bad(reader.problems) }
        return .good(IncomingAcknowledgement(line: line, noticeID: Int64(notice), organisationNumber: number, state: state,
                                             at: at, note: note))
    }
}
