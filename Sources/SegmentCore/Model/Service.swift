/// A provider that shares data with the segment, such as the Tax Administration.
public struct Provider: Equatable, Sendable {
    public var id: Int64
    public var key: String
    public var name: String
    public var email: String
}

/// Where a consumer calls a service: the provider's test or production environment.
public enum ServiceEnvironment: String, CaseIterable, Sendable {
    case production, test
}

/// An API or dataset a provider shares, e.g. "inntekt-api".
public struct Service: Equatable, Sendable {
    public var id: Int64
    public var key: String
    public var name: String
    public var environments: [ServiceEnvironment]
}
