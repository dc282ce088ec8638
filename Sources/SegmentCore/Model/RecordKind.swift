/// The kinds of record the journal speaks of, by the names it stores; also
/// what an outgoing message is about.
public enum RecordKind: String, CaseIterable, Sendable {
    case incident
    case providerCase = "case"
    case notice
    case need
    case consumer
    case provider
    case service
    case agreement
    case message
    case `import`
    case alert
    case article

    /// What the operator calls a record of this kind: "provider case", "change notice".
    public var word: String {
        switch self {
        case .providerCase: "provider case"
        case .notice: "change notice"
        default: rawValue
        }
    }

    /// The table that holds records of this kind, and the column a journal
    /// entry's `entity_id` names: an agreement is known by its version.
    var table: (name: String, key: String) {
        switch self {
        case .incident: ("incidents", "id")
        case .providerCase: ("provider_cases", "id")
        case .notice: ("change_notices", "id")
        case .need: ("needs", "id")
        case .consumer: ("consumers", "id")
        case .provider: ("providers", "id")
        case .service: ("services", "id")
        case .agreement: ("agreement_versions", "version")
        case .message: ("outbox", "id")
        case .import: ("imports", "id")
        case .alert: ("alerts", "id")
        case .article: ("articles", "id")
        }
    }
}
