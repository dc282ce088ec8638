/// What a service import did.
public struct ServiceImportReport: Equatable, Sendable {
    public var providersAdded = 0
    public var imported = 0
    public var updated = 0
    public var duplicates = 0
    public var skipped: [IntakeProblem] = []
}

extension IntakeDesk {
    /// Imports providers and their services in one transaction: a provider
    /// is added the first time a record names it; a service key already
    /// known is a duplicate and left alone, unless `update`, which changes
    /// the provider's name and address and the service's name, provider,
    /// environments and description to what the record says, journalling
    /// each change with its before and after. Unless `skipBad`, any bad
    /// record refuses the whole import.
    public func importServices(_ contents: IntakeChunk<IncomingService>, file: String, skipBad: Bool,
                               update: Bool = false) throws -> ServiceImportReport {
        try store.role.permit(.importServices, path: store.path)
        let bad = try ImportRefused.skipping(contents.problems, skipBad: skipBad)
        return try store.database.inTransaction {
            var report = ServiceImportReport(skipped: bad)
            for record in contents.records {
                let provider = try provider(for: record, update: update, file: file, report: &report)
                guard let existing = try store.providers.service(key: record.serviceKey) else {
                    let id = try store.providers.addService(providerID: provider, key: record.serviceKey, name: record.serviceName,
                                            environments: record.environments, description: record.description)
                    try store.journal(entity: .service, id: id, action: .imported,
                                after: "file=\(file) \(Self.serviceFacts(record, provider: provider))")
                    report.imported += 1
                    continue
                }
                guard update else {
                    report.duplicates += 1
                    continue
                }
                let before = "provider=\(existing.provider) name=\(existing.name) environments=\(existing.environments)"
                    + " description=\(existing.description)"
                let after = Self.serviceFacts(record, provider: provider)
                guard before != after else { continue }
                try store.providers.updateService(id: existing.id, providerID: provider, name: record.serviceName,
                                            description: record.description, environments: record.environments)
                try store.journal(entity: .service, id: existing.id, action: .updated, before: before, after: after)
                report.updated += 1
            }
            return report
        }
    }

    private static func serviceFacts(_ record: IncomingService, provider: Int64) -> String {
        "provider=\(provider) name=\(record.serviceName) "
            + "environments=\(record.environments.map(\.rawValue).sorted().joined(separator: " ")) description=\(record.description ?? "")"
    }

    /// The provider a record names, added when new and, with `update`,
    /// brought to the record's name and address.
    private func provider(for record: IncomingService, update: Bool, file: String,
                          report: inout ServiceImportReport) throws -> Int64 {
        guard let found = try store.providers.find(key: record.providerKey) else {
            let id = try store.providers.add(key: record.providerKey, name: record.providerName, email: record.providerEmail,
                                     language: record.providerLanguage)
            try store.journal(entity: .provider, id: id, action: .imported,
                        after: "file=\(file) key=\(record.providerKey) name=\(record.providerName) email=\(record.providerEmail)")
            report.providersAdded += 1
            return id
        }
        if update && (found.name != record.providerName || found.email != record.providerEmail) {
            try store.providers.rename(id: found.id, key: record.providerKey, name: record.providerName, email: record.providerEmail)
            try store.journal(entity: .provider, id: found.id, action: .updated, before: "name=\(found.name) email=\(found.email)",
                        after: "name=\(record.providerName) email=\(record.providerEmail)")
        }
        return found.id
    }
}
