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

    /// What the operator calls a record of this kind: "provider case", "change notice".
    public var word: String {
        switch self {
        case .providerCase: "provider case"
        case .notice: "change notice"
        default: rawValue
        }
    }
}
