/// The providers as the coordinator keeps them: their own targets, their
/// contacts and the services registered by hand. A workflow over the store
/// that journals each change and writes through the repository.
public struct ProviderDesk {
    let store: Store
}

extension Store {
    /// The work on providers.
    public var providerDesk: ProviderDesk { ProviderDesk(store: self) }
}

extension ProviderDesk {
    /// Sets a provider's own target for one priority (time to acknowledge
    /// and to resolve a forwarded case), journalled with the target before.
    public func setProviderTarget(providerID: Int64, _ target: ProviderTarget) throws {
        try store.role.permit(.setTargets, path: store.path)
        guard target.resolve >= target.acknowledge else { throw StoreError.refused(.resolveBeforeAcknowledge(target.priority)) }
        try store.database.inTransaction {
            try store.requireRecord(.provider, id: providerID)
            let before = try store.providers.targets(providerID: providerID).first { $0.priority == target.priority }
            try store.providers.setTarget(target, providerID: providerID)
            try store.journal(entity: .provider, id: providerID, action: .target, before: before?.written, after: target.written)
        }
    }

    /// Sets a provider's contact of a role, journalled with the one before.
    public func setProviderContact(providerID: Int64, role: ProviderContactRole, name: String, email: String) throws {
        let name = UntrustedText.line(name).trimmingCharacters(in: .whitespaces)
        let email = email.trimmingCharacters(in: .whitespaces)
        guard MailAddress.isPlausible(email) else { throw StoreError.refused(.notOneAddress(UntrustedText.line(email))) }
        try store.database.inTransaction {
            try store.requireRecord(.provider, id: providerID)
            let before = try store.providers.contact(providerID: providerID, role: role)
            try store.providers.setContact(ProviderContact(role: role, name: name, email: email), providerID: providerID)
            try store.journal(entity: .provider, id: providerID, action: .contact, before: before.map { "\(role.rawValue) \($0.email) \($0.name)" },
                        after: "\(role.rawValue) \(email) \(name)")
        }
    }

    /// Registers a service of the provider with `providerKey`, typed in by
    /// the operator: its key, name, environments and description, each
    /// checked as an import checks them. Returns its id.
    @discardableResult
    public func registerService(providerKey: String, key: String, name: String, environments: [String],
                                description: String) throws -> Int64 {
        try store.role.permit(.registerService, path: store.path)
        let name = UntrustedText.line(name).trimmingCharacters(in: .whitespaces)
        guard IncomingService.isKey(key) else { throw StoreError.refused(.notAKey(UntrustedText.line(key))) }
        guard !name.isEmpty else { throw StoreError.refused(.needsOneLine(field: "Name")) }
        var offered: [ServiceEnvironment] = []
        for word in environments {
            guard let environment = ServiceEnvironment(word: word) else {
                throw StoreError.refused(.unknownEnvironment(UntrustedText.line(word)))
            }
            if !offered.contains(environment) { offered.append(environment) }
        }
        guard !offered.isEmpty else { throw StoreError.refused(.unknownEnvironment("")) }
        let description = UntrustedText.line(description).trimmingCharacters(in: .whitespaces)
        return try store.database.inTransaction {
            guard let provider = try store.providers.find(key: providerKey) else {
                throw StoreError.refused(.unknownProvider(key: UntrustedText.line(providerKey), known: try store.providers.keys()))
            }
            guard try !store.providers.serviceExists(key: key) else { throw StoreError.refused(.serviceExists(key: key)) }
            let id = try store.providers.addService(providerID: provider.id, key: key, name: name, environments: offered,
                                              description: description.isEmpty ? nil : description)
            try store.journal(entity: .service, id: id, action: .registered,
                        after: "provider=\(provider.id) key=\(key) name=\(name) environments=\(offered.map(\.rawValue).joined(separator: " "))")
            return id
        }
    }
}
