/// What a provider case is: a fault to fix, or a question the segment asks
/// the provider's experts to clarify.
public enum CaseKind: String, CaseIterable, Sendable {
    case fault, question
}
