/// Where a consumer calls a service: the provider's test or production environment.
public enum ServiceEnvironment: String, CaseIterable, Sendable {
    case production, test
}
