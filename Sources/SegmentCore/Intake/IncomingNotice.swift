/// A change or outage notice from a provider as an intake file describes it,
/// checked field by field but not yet matched against providers and services.
public struct IncomingNotice: Equatable, Sendable, IntakeRecord {
    public var line: Int
    public var providerKey: String
    public var kind: NoticeKind
    public var title: String
    public var body: String
    public var serviceKeys: [String]
    public var breaking: Bool
    public var publishedAt: Int64?
    public var effectiveAt: Int64
    public var endsAt: Int64?
    public var deadline: Int64?

    /// Checks one record (names as in the JSON Lines format) and collects every problem.
    public static let fieldNames = ["provider", "kind", "title", "services", "effective_at", "ends_at", "deadline",
                                    "published_at", "breaking", "body"]

    public static func check(_ fields: [String: FieldValue], line: Int, file: String) -> RecordCheck<IncomingNotice> {
        var reader = FieldReader(fields, line: line, file: file)
        let provider = reader.text("provider", required: true)
        var kind: NoticeKind?
        if let value = reader.text("kind", required: true) {
            kind = value == "outage" ? .deviation : NoticeKind(rawValue: value)
            if kind == nil {
                let kinds = NoticeKind.allCases.map(\.rawValue).joined(separator: ", ")
                reader.problem("kind", "expected one of \(kinds) (or outage), got \"\(value)\"")
            }
        }
        let title = reader.line("title", required: true)
        let body = reader.text("body", required: false) ?? ""
        if body.utf8.count > IncomingIncident.maximumBodyBytes { reader.problem("body", "is longer than 1 MB") }
        let services = reader.words("services", required: true)
        let breaking = reader.flag("breaking", fallback: false)
        let publishedAt = reader.time("published_at", required: false)
        let effectiveAt = reader.time("effective_at", required: true)
        let endsAt = reader.time("ends_at", required: false)
        let deadline = reader.time("deadline", required: false)
        if let effectiveAt, let endsAt, endsAt < effectiveAt { reader.problem("ends_at", "is before effective_at") }
        guard reader.problems.isEmpty, let provider, let kind, let title, let effectiveAt else { return .bad(reader.problems) }
        return .good(IncomingNotice(line: line, providerKey: provider, kind: kind, title: title, body: body,
                                    serviceKeys: services, breaking: breaking, publishedAt: publishedAt,
                                    effectiveAt: effectiveAt, endsAt: endsAt, deadline: deadline))
    }
}
