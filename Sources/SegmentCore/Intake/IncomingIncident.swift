import Foundation

/// An incident as an intake file describes it, checked field by field but not
/// yet matched against the store's consumers and services.
public struct IncomingIncident: Equatable, Sendable {
    public var line: Int
    public var externalID: String
    public var organisationNumber: OrganisationNumber
    public var reporterName: String?
    public var reporterEmail: String?
    public var serviceKey: String
    public var environment: ServiceEnvironment
    public var receivedAt: Int64
    public var title: String
    public var body: String
    public var errorCode: String?
    public var correlationID: String?
    public var assessment: Assessment
    public var kind: IncidentKind

    static let maximumBodyBytes = 1_048_576

    /// Checks the fields of one record (names as in the JSON Lines format)
    /// and collects every problem, not only the first.
    static func check(_ fields: [String: Any], line: Int, file: String) -> RecordCheck<IncomingIncident> {
        var problems: [IntakeProblem] = []
        func problem(_ field: String, _ message: String) {
            problems.append(IntakeProblem(file: file, line: line, field: field, message: message))
        }
        func text(_ field: String, required: Bool) -> String? {
            guard let value = fields[field], !(value is NSNull) else {
                if required { problem(field, "is required") }
                return nil
            }
            guard let string = value as? String else {
                problem(field, "expected text")
                return nil
            }
            let trimmed = string.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                if required { problem(field, "must not be empty") }
                return nil
            }
            return trimmed
        }
        func level(_ field: String) -> Int {
            guard let value = fields[field], !(value is NSNull) else { return 2 }
            let number = (value as? Int) ?? (value as? String).flatMap { Int($0) }
            guard let number, (1...3).contains(number) else {
                problem(field, "expected 1 (high), 2 or 3 (low), got \(String(describing: value))")
                return 2
            }
            return number
        }

        let externalID = text("external_id", required: true)
        var organisationNumber: OrganisationNumber?
        if let consumer = text("consumer", required: true) {
            do { organisationNumber = try OrganisationNumber(consumer) } catch { problem("consumer", error.description) }
        }
        var reporterName = text("reporter_name", required: false)
        var reporterEmail = text("reporter_email", required: false)
        if let reporter = fields["reporter"], !(reporter is NSNull) {
            if let object = reporter as? [String: Any] {
                reporterName = (object["name"] as? String) ?? reporterName
                reporterEmail = (object["email"] as? String) ?? reporterEmail
            } else {
                problem("reporter", "expected an object with name and email")
            }
        }
        if let email = reporterEmail, !MailAddress.isPlausible(email) {
            problem("reporter.email", "\"\(email)\" is not a mail address")
        }
        let serviceKey = text("service", required: true)
        var environment = ServiceEnvironment.production
        if let value = text("environment", required: false) {
            if let parsed = ServiceEnvironment(rawValue: value) { environment = parsed } else {
                problem("environment", "expected production or test, got \"\(value)\"")
            }
        }
        var receivedAt: Int64?
        if let value = text("received_at", required: true) {
            receivedAt = Timestamp.parse(value)
            if receivedAt == nil {
                problem("received_at", "expected ISO 8601 with an offset, e.g. 2026-11-26T08:15:00+01:00, got \"\(value)\"")
            }
        }
        let title = text("title", required: true)
        if let title, title.contains(where: \.isNewline) { problem("title", "must be one line") }
        let body = text("body", required: false) ?? ""
        if body.utf8.count > maximumBodyBytes { problem("body", "is longer than 1 MB") }
        var kind = IncidentKind.error
        if let value = text("kind", required: false) {
            if let parsed = IncidentKind(rawValue: value) { kind = parsed } else {
                problem("kind", "expected error, question or change_request, got \"\(value)\"")
            }
        }
        let impact = level("impact"), urgency = level("urgency")
        guard problems.isEmpty, let externalID, let organisationNumber, let serviceKey, let receivedAt, let title else {
            return .bad(problems)
        }
        return .good(IncomingIncident(
            line: line, externalID: externalID, organisationNumber: organisationNumber, reporterName: reporterName,
            reporterEmail: reporterEmail, serviceKey: serviceKey, environment: environment, receivedAt: receivedAt,
            title: title, body: body, errorCode: text("error_code", required: false),
            correlationID: text("correlation_id", required: false),
            assessment: Assessment(impact: impact, urgency: urgency), kind: kind))
    }
}

/// A record that passed its checks, or every problem it has.
public enum RecordCheck<Record> {
    case good(Record)
    case bad([IntakeProblem])
}
