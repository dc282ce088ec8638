/// A provider in its pane: who it is, where its cases go, and how much of
/// the segment's work is with it.
public struct ProviderRow: Equatable, Sendable {
    public let id: Int64
    /// Its key, as files and configuration name it: `skatteetaten`.
    public let providerKey: String
    public let name: String
    /// Where forwarded cases go (the configuration's `provider.KEY` may override it).
    public let email: String
    public let services: Int
    public let openCases: Int
    public let notices: Int
    /// How many priorities have the provider's own targets.
    public let targets: Int
    /// The sort key, where keyset pagination continues from.
    public let key: [SQLValue]
}

/// A service a provider shares, with the environments it is offered in and
/// how many consumers use it.
public struct ProviderService: Equatable, Sendable {
    public let id: Int64
    public let key: String
    public let name: String
    public let environments: [ServiceEnvironment]
    public let description: String?
    public let consumers: Int
}

/// What a contact at the provider is for.
public enum ProviderContactRole: String, CaseIterable, Sendable {
    /// Day-to-day operations: outages and incidents.
    case operations
    /// The service's developers: interface questions.
    case technical
    /// The agreement and the segment's needs.
    case business
}

/// A person or mailbox at the provider, by what it is for.
public struct ProviderContact: Equatable, Sendable {
    public let role: ProviderContactRole
    public let name: String
    public let email: String

    public init(role: ProviderContactRole, name: String, email: String) {
        self.role = role
        self.name = name
        self.email = email
    }
}

/// What the provider undertakes for a forwarded case of one priority: to
/// acknowledge it within `acknowledge` seconds and resolve it within
/// `resolve` seconds of its forwarding.
public struct ProviderTarget: Equatable, Sendable {
    public let priority: Priority
    public let acknowledge: Int64
    public let resolve: Int64

    public init(priority: Priority, acknowledge: Int64, resolve: Int64) {
        self.priority = priority
        self.acknowledge = acknowledge
        self.resolve = resolve
    }

    /// As the journal and `:target` write it: "P1 4h 2d".
    public var written: String {
        "\(priority.label) \(Self.written(acknowledge)) \(Self.written(resolve))"
    }

    /// Seconds in the largest unit that divides them: "2d", "4h", "90m", "45s".
    public static func written(_ seconds: Int64) -> String {
        for (size, unit) in [(Int64(86_400), "d"), (3600, "h"), (60, "m")] where seconds >= size && seconds % size == 0 {
            return "\(seconds / size)\(unit)"
        }
        return "\(seconds)s"
    }
}

/// A provider with its services, contacts, targets, the cases open with it
/// and the notices it published, for its record.
public struct ProviderDetail: Equatable, Sendable {
    public let row: ProviderRow
    public let services: [ProviderService]
    public let contacts: [ProviderContact]
    public let targets: [ProviderTarget]
    public let openCases: [CaseRow]
    public let notices: [NoticeRow]
}
