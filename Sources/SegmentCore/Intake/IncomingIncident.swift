import Foundation

/// An incident as an intake file describes it, checked field by field but not
/// yet matched against the store's consumers and services.
public struct IncomingIncident: Equatable, Sendable, IntakeRecord {
    public var line: Int
    public var externalID: String
    public var organisationNumber: OrganisationNumber
    public var reporterName: String?
    public var reporterEmail: String?
    public var serviceKey: String
    public var environment: ServiceEnvironment
    public var receivedAt: Int64
    /// The digits of `received_at`'s fraction of a second as written, kept
    /// beside the seconds: a provider's log is matched to the millisecond.
    public var receivedFraction: String?
    public var title: String
    public var body: String
    public var errorCode: String?
    public var correlationID: String?
    public var assessment: Assessment
    public var kind: IncidentKind

    static let maximumBodyBytes = 1_048_576
    static let maximumTitleCharacters = 500

    public static let fieldNames = ["external_id", "consumer", "reporter", "reporter_name", "reporter_email", "service",
                                    "environment", "received_at", "title", "body", "error_code", "correlation_id",
                                    "impact", "urgency", "kind"]

    /// Checks the fields of one record (names as in the JSON Lines format)
    /// and collects every problem, not only the first.
    public static func check(_ fields: [String: FieldValue], line: Int, file: String) -> RecordCheck<IncomingIncident> {
        var reader = FieldReader(fields, line: line, file: file)
        let externalID = reader.identifier("external_id", required: true)
        let organisationNumber = reader.organisationNumber("consumer", required: true)
        var reporterName = reader.line("reporter_name", required: false, maximum: 200)
        var reporterEmail = reader.identifier("reporter_email", required: false)
        switch fields["reporter"] ?? .null {
        case .null: break
        case .object(let object):
            if case .text(let name) = object["name"] ?? .null {
                if name.contains(where: \.isNewline) { reader.problem("reporter.name", localized("must be one line")) }
                reporterName = name
            }
            if case .text(let email) = object["email"] ?? .null { reporterEmail = email }
        default:
            reader.problem("reporter", localized("expected an object with name and email"))
        }
        if let email = reporterEmail, !MailAddress.isPlausible(email) {
            reader.problem("reporter.email", localized("\"{1}\" is not a mail address", email))
        }
        let serviceKey = reader.identifier("service", required: true)
        var environment = ServiceEnvironment.production
        if let value = reader.identifier("environment", required: false) {
            if let parsed = ServiceEnvironment(rawValue: value) { environment = parsed } else {
                reader.problem("environment", localized("expected production or test, got \"{1}\"", value))
            }
        }
        let received = reader.preciseTime("received_at", required: true)
        let title = reader.line("title", required: true, maximum: maximumTitleCharacters)
        let body = reader.text("body", required: false) ?? ""
        if body.utf8.count > maximumBodyBytes { reader.problem("body", localized("is longer than 1 MB")) }
        var kind = IncidentKind.error
        if let value = reader.identifier("kind", required: false) {
            if let parsed = IncidentKind(rawValue: value) { kind = parsed } else {
                reader.problem("kind", localized("expected error, question or change_request, got \"{1}\"", value))
            }
        }
        let impact = reader.level("impact"), urgency = reader.level("urgency")
        let errorCode = reader.identifier("error_code", required: false)
        let correlationID = reader.identifier("correlation_id", required: false)
        guard reader.problems.isEmpty, let externalID, let organisationNumber, let serviceKey, let received, let title else {
            return .bad(reader.problems)
        }
        return .good(IncomingIncident(
            line: line, externalID: externalID, organisationNumber: organisationNumber, reporterName: reporterName,
            reporterEmail: reporterEmail, serviceKey: serviceKey, environment: environment, receivedAt: received.seconds, receivedFraction: received.fraction,
            title: title, body: body, errorCode: errorCode, correlationID: correlationID,
            assessment: Assessment(impact: impact, urgency: urgency), kind: kind))
    }
}

/// `text` without leading and trailing spaces, tabs and line breaks.
func trimmedSpaces(_ text: String) -> String {
    let utf8 = text.utf8
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
    guard let first = utf8.first, let last = utf8.last, isSpace(first) || isSpace(last) else { return text }
    guard let start = utf8.firstIndex(where: { !isSpace($0) }), let end = utf8.lastIndex(where: { !isSpace($0) }) else { return "" }
    return String(text[start...end])
}

/// A record that passed its checks, or every problem it has.
public enum RecordCheck<Record> {
    case good(Record)
    case bad([IntakeProblem])
}
