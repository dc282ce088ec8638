import SegmentCore

/// What happened to a provider, as the store reports it. Names and
/// addresses are outside text, shown through `UntrustedText`.
public enum ProviderChange: RecordChangeFact {
    case targetSet(ProviderTarget)
    case contactSet(role: ProviderContactRole, name: String, email: String)
    case serviceRegistered(key: String)

    public var wording: String {
        switch self {
        case .targetSet(let target):
            localized("{1}: the provider acknowledges within {2} and resolves within {3}", target.priority.label,
                      ProviderTarget.written(target.acknowledge), ProviderTarget.written(target.resolve))
        case let .contactSet(role, name, email):
            localized("{1} contact is now {2}", localized(role.rawValue), "\(UntrustedText.line(name)) <\(UntrustedText.line(email))>")
        case .serviceRegistered(let key): localized("service {1} registered; consumers can now use it (:uses +{1})", key)
        }
    }
}
