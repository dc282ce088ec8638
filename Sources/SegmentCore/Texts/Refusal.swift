/// Why segdesk refused a change, as a value with its facts: tests compare
/// it whatever the language, and its words, in both languages, are here
/// and in the text tables once.
public enum Refusal: Error, Equatable, Sendable, CustomStringConvertible {
    /// No provider has the key; `known` lists those that do.
    case unknownProvider(key: String, known: [String])
    /// A service with the key is registered already.
    case serviceExists(key: String)
    /// A key is not lower-case letters, digits and `-`.
    case notAKey(String)
    /// A name or text that must be one line and not empty.
    case needsOneLine(field: String)
    /// Environments other than production and test, or none.
    case unknownEnvironment(String)
    /// A provider's target whose resolution comes before its acknowledgement.
    case resolveBeforeAcknowledge(Priority)
    /// Text that is not one plausible mail address.
    case notOneAddress(String)
    /// No consumer has the organisation number.
    case noConsumer(organisationNumber: String)
    /// No service has the key; `known` lists those that do.
    case unknownService(key: String, known: [String])
    /// Every consumer has accepted the agreement version or been asked to.
    case everyoneAsked(version: Int)
    /// A notice with nobody left to send to: all were sent it, or the
    /// `unreachable` rest have no contact address.
    case noRecipients(notice: Int64, unreachable: Int)

    public var wording: Wording {
        switch self {
        case let .unknownProvider(key, known):
            Wording("no provider has the key \"{1}\"; known: {2}", key, known.isEmpty ? Wording("none") : Wording.verbatim(known.joined(separator: ", ")))
        case .serviceExists(let key): Wording("a service with the key \"{1}\" is registered already", key)
        case .notAKey(let text): Wording("expected a key of lower-case letters, digits and -, e.g. inntekt-api, got \"{1}\"", text)
        case .needsOneLine(let field): Wording("{1} must be one line, and not empty", Wording(stringLiteral: field))
        case .unknownEnvironment(let text): Wording("expected test and/or production, got \"{1}\"", text)
        case .resolveBeforeAcknowledge(let priority):
            Wording("the provider cannot resolve a {1} case before it acknowledges it: give the time to resolve second, and no shorter", priority.label)
        case .notOneAddress(let text): Wording("\"{1}\" is not one mail address", text)
        case .noConsumer(let number): Wording("no consumer has organisation number {1}", number)
        case let .unknownService(key, known): Wording("unknown service \"{1}\"; known: {2}", key, known.joined(separator: ", "))
        case .everyoneAsked(let version):
            Wording("every consumer has accepted version {1} or been asked; segdesk remind chases them", version)
        case let .noRecipients(notice, unreachable):
            unreachable == 0 ? Wording("notice #{1} was sent to all its consumers; :audience +ORGNO adds one", notice)
                : Wording("none of notice #{1}'s {2} consumers has a contact address; nothing was queued", notice, unreachable)
        }
    }

    public var description: String { wording.description }
}
