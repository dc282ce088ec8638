/// A notice as an intake file describes it, checked field by field but not
/// yet matched against providers and services: the provider's change or
/// outage, or the coordinator's own information or consultation.
public struct IncomingNotice: Equatable, Sendable, IntakeRecord {
    public var line: Int
    public var providerKey: String
    public var kind: NoticeKind
    public var title: String
    public var body: String
    public var serviceKeys: [String]
    public var environment: ServiceEnvironment
    /// Stages whose consumers it reaches; empty for the environment's own.
    public var stages: [OnboardingStage]
    public var breaking: Bool
    public var announcedAt: Int64?
    public var effectiveAt: Int64
    public var endsAt: Int64?
    public var deadline: Int64?
    /// Published to its audience at once instead of kept as a draft.
    public var publish: Bool

    public static let fieldNames = ["provider", "kind", "title", "services", "environment", "stages", "effective_at", "ends_at",
                                    "deadline", "announced_at", "published_at", "breaking", "publish", "body"]

    /// Checks one record (names as in the JSON Lines format) and collects
    /// every problem. `published_at` is an older name for `announced_at`.
    public static func check(_ fields: [String: FieldValue], line: Int, file: String) -> RecordCheck<IncomingNotice> {
        var reader = FieldReader(fields, line: line, file: file)
        let provider = reader.identifier("provider", required: true)
        var kind: NoticeKind?
        if let value = reader.identifier("kind", required: true) {
            kind = value == "outage" ? .deviation : NoticeKind(rawValue: value)
            if kind == nil {
                let kinds = NoticeKind.allCases.map(\.rawValue).joined(separator: ", ")
                reader.problem("kind", localized("expected one of {1} (or outage), got \"{2}\"", kinds, value))
            }
        }
        let title = reader.line("title", required: true)
        let body = reader.text("body", required: false) ?? ""
        if body.utf8.count > IncomingIncident.maximumBodyBytes { reader.problem("body", localized("is longer than 1 MB")) }
        let services = reader.words("services", required: true)
        var environment = ServiceEnvironment.production
        if let value = reader.identifier("environment", required: false) {
            if let parsed = ServiceEnvironment(rawValue: value) { environment = parsed } else {
                reader.problem("environment", localized("expected production or test, got \"{1}\"", value))
            }
        }
        var stages: [OnboardingStage] = []
        for word in reader.words("stages", required: false) {
            if let stage = OnboardingStage(rawValue: word) { stages.append(stage) } else {
                reader.problem("stages", localized("expected stages among {1}, got \"{2}\"", OnboardingStage.allCases.map(\.rawValue).joined(separator: ", "), word))
            }
        }
        let breaking = reader.flag("breaking", fallback: false)
        let publish = reader.flag("publish", fallback: false)
        let announcedAt = reader.time("announced_at", required: false) ?? reader.time("published_at", required: false)
        let effectiveAt = reader.time("effective_at", required: true)
        let endsAt = reader.time("ends_at", required: false)
        let deadline = reader.time("deadline", required: kind == .consultation)
        if let effectiveAt, let endsAt, endsAt < effectiveAt { reader.problem("ends_at", localized("is before effective_at")) }
        guard reader.problems.isEmpty, let provider, let kind, let title, let effectiveAt else { return .bad(reader.problems) }
        return .good(IncomingNotice(line: line, providerKey: provider, kind: kind, title: title, body: body,
                                    serviceKeys: services, environment: environment, stages: stages, breaking: breaking,
                                    announcedAt: announcedAt, effectiveAt: effectiveAt, endsAt: endsAt, deadline: deadline,
                                    publish: publish))
    }
}
