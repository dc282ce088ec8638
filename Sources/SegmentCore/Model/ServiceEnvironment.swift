/// Where a consumer calls a service: the provider's test or production environment.
public enum ServiceEnvironment: String, CaseIterable, Sendable {
    case production, test

    /// The environment a person names: its key, or the bokmål word for
    /// production as the form shows it (`produksjon`), in any case.
    public init?(word: String) {
        switch word.lowercased() {
        case "production", "produksjon": self = .production
        case "test": self = .test
        default: return nil
        }
    }
}
