/// The columns of a providers-pane row, over `providers p`.
enum ProviderColumn: Int32, SelectColumn {
    case id, key, name, email, services, openCases, notices, targets

    var sql: String {
        switch self {
        case .id: "p.id"
        case .key: "p.key"
        case .name: "p.name"
        case .email: "p.email"
        case .services: "(SELECT count(*) FROM services s WHERE s.provider_id = p.id)"
        case .openCases: """
            (SELECT count(*) FROM provider_cases pc JOIN services s ON s.id = pc.service_id
             WHERE s.provider_id = p.id AND pc.sort_group = 0)
            """
        case .notices: "(SELECT count(*) FROM change_notices n WHERE n.provider_id = p.id)"
        case .targets: "(SELECT count(*) FROM provider_targets t WHERE t.provider_id = p.id)"
        }
    }
}

/// The providers of the segment and the services they share: every
/// statement about the providers, services, service environments, provider
/// targets and provider contacts tables. Its search text is kept here, by
/// the one function that writes a provider's name.
public struct ProviderRepository {
    let database: Database

    static let select = "SELECT \(ProviderColumn.list) FROM providers p"
    static let window = KeysetWindow(select: select, keyColumns: ["p.key", "p.id"], filter: nil)

    static func row(_ row: Row) -> ProviderRow {
        typealias Column = ProviderColumn
        return ProviderRow(id: row.int(Column.id), providerKey: row.string(Column.key), name: row.string(Column.name),
                           email: row.string(Column.email), services: row.integer(Column.services),
                           openCases: row.integer(Column.openCases), notices: row.integer(Column.notices),
                           targets: row.integer(Column.targets), key: [.text(row.string(Column.key)), .integer(row.int(Column.id))])
    }

    /// Adds a provider and returns its id.
    @discardableResult
    public func add(key: String, name: String, email: String, language: Language = .bokmal) throws -> Int64 {
        try database.run("INSERT INTO providers (key, name, email, language, search_text) VALUES (?, ?, ?, ?, ?)",
                         [.text(key), .text(name), .text(email), .text(language.rawValue),
                          .text(SmallPaneFilter.searchText(key, name, email))])
        return database.lastInsertRowID
    }

    /// Gives a provider a new name and case address.
    func rename(id: Int64, key: String, name: String, email: String) throws {
        try database.run("UPDATE providers SET name = ?, email = ?, search_text = ? WHERE id = ?",
                         [.text(name), .text(email), .text(SmallPaneFilter.searchText(key, name, email)), .integer(id)])
    }

    /// Writes every provider's search text again (after the step that added it).
    func refreshSearchText() throws {
        let all = try database.rows("SELECT id, key, name, email FROM providers") {
            (id: $0.int(0), key: $0.string(1), name: $0.string(2), email: $0.string(3))
        }
        for provider in all { try rename(id: provider.id, key: provider.key, name: provider.name, email: provider.email) }
    }

    /// The provider with `key`: its id, name and case address.
    func find(key: String) throws -> (id: Int64, name: String, email: String)? {
        try database.first("SELECT id, name, email FROM providers WHERE key = ?", [.text(key)]) {
            (id: $0.int(0), name: $0.string(1), email: $0.string(2))
        }
    }

    /// Every provider's key, in order.
    func keys() throws -> [String] {
        try database.rows("SELECT key FROM providers ORDER BY key") { $0.string(0) }
    }

    /// Adds a service of a provider, offered in the given environments.
    @discardableResult
    public func addService(providerID: Int64, key: String, name: String, environments: [ServiceEnvironment],
                           description: String? = nil) throws -> Int64 {
        try database.run("INSERT INTO services (provider_id, key, name, description) VALUES (?, ?, ?, ?)",
                         [.integer(providerID), .text(key), .text(name), description.map(SQLValue.text) ?? .null])
        let id = database.lastInsertRowID
        try addEnvironments(environments, serviceID: id)
        return id
    }

    /// Records the environments a service is offered in (its address is not
    /// known to segdesk; it is left empty).
    func addEnvironments(_ environments: [ServiceEnvironment], serviceID: Int64) throws {
        for environment in environments {
            try database.run("INSERT INTO service_environments (service_id, environment, base_url) VALUES (?, ?, '')",
                             [.integer(serviceID), .text(environment.rawValue)])
        }
    }

    /// Every service's id by its key, but `except`'s.
    func serviceIDs(except key: String) throws -> [String: Int64] {
        Dictionary(uniqueKeysWithValues: try database.rows("SELECT key, id FROM services WHERE key != ?", [.text(key)]) {
            ($0.string(0), $0.int(1))
        })
    }

    /// The service with `key` as an import compares it: id, provider,
    /// name, description ('' when none) and environments, space-separated.
    func service(key: String) throws -> (id: Int64, provider: Int64, name: String, description: String, environments: String)? {
        try database.first("""
            SELECT id, provider_id, name, coalesce(description, ''),
                   (SELECT group_concat(environment, ' ') FROM (SELECT environment FROM service_environments
                     WHERE service_id = services.id ORDER BY environment))
            FROM services WHERE key = ?
            """, [.text(key)], {
                (id: $0.int(0), provider: $0.int(1), name: $0.string(2), description: $0.string(3), environments: $0.optionalString(4) ?? "")
            })
    }

    /// Gives a service a new provider, name, description and environments.
    func updateService(id: Int64, providerID: Int64, name: String, description: String?, environments: [ServiceEnvironment]) throws {
        try database.run("UPDATE services SET provider_id = ?, name = ?, description = ? WHERE id = ?",
                         [.integer(providerID), .text(name), description.map(SQLValue.text) ?? .null, .integer(id)])
        try database.run("DELETE FROM service_environments WHERE service_id = ?", [.integer(id)])
        try addEnvironments(environments, serviceID: id)
    }

    /// The first provider registered: id, key, case address and language.
    func first() throws -> (id: Int64, key: String, email: String, language: Language)? {
        try database.first("SELECT id, key, email, language FROM providers ORDER BY id LIMIT 1", [], {
            (id: $0.int(0), key: $0.string(1), email: $0.string(2), language: $0.language(3))
        })
    }

    /// Provider `id`'s key, registered address and language.
    func mailFacts(id: Int64) throws -> (key: String, email: String, language: Language)? {
        try database.first("SELECT key, email, language FROM providers WHERE id = ?", [.integer(id)], {
            (key: $0.string(0), email: $0.string(1), language: $0.language(2))
        })
    }

    /// The provider of service `id`.
    func provider(ofService id: Int64) throws -> Int64? {
        try database.first("SELECT provider_id FROM services WHERE id = ?", [.integer(id)], { $0.int(0) })
    }

    /// Whether a service has `key`.
    func serviceExists(key: String) throws -> Bool {
        try database.first("SELECT 1 FROM services WHERE key = ?", [.text(key)], { $0.int(0) }) != nil
    }

    /// One screenful of the providers pane, by key.
    public func window(anchor: WindowAnchor, limit: Int, filter: String) throws -> [ProviderRow] {
        try database.smallPaneWindow(Self.window, anchor: anchor, limit: limit, filter: filter, map: Self.row)
    }

    /// How many providers there are, and how many match `filter`.
    public func count(filter: String) throws -> Int {
        try database.smallPaneCount(table: "providers", filter: filter)
    }

    /// The sort key of provider `id` under `filter`, or nil when the pane does not show it.
    public func sortKey(id: Int64, filter: String) throws -> [SQLValue]? {
        try database.smallPaneKey(Self.window, id: id, filter: filter, map: Self.row, key: \.key)
    }

    /// A provider with its services, contacts, targets, open cases and the
    /// notices it published (the latest 20), as `now` sees the notices.
    public func detail(id: Int64, now: Int64) throws -> ProviderDetail {
        guard let row = try database.first("\(Self.select) WHERE p.id = ?", [.integer(id)], Self.row) else {
            throw StoreError.notFound(entity: .provider, id: id)
        }
        let services = try database.rows("""
            SELECT s.id, s.key, s.name, s.description,
                   (SELECT group_concat(environment, ' ') FROM (SELECT environment FROM service_environments
                     WHERE service_id = s.id ORDER BY environment)),
                   (SELECT count(*) FROM consumer_services cs WHERE cs.service_id = s.id)
            FROM services s WHERE s.provider_id = ? ORDER BY s.key
            """, [.integer(id)]) {
            ProviderService(id: $0.int(0), key: $0.string(1), name: $0.string(2),
                            environments: ($0.optionalString(4) ?? "").split(separator: " ").compactMap { ServiceEnvironment(rawValue: String($0)) },
                            description: $0.optionalString(3), consumers: $0.integer(5))
        }
        let contacts = try database.rows("SELECT role, name, email FROM provider_contacts WHERE provider_id = ? ORDER BY role",
                                         [.integer(id)]) {
            ProviderContact(role: ProviderContactRole(rawValue: $0.string(0)) ?? .operations, name: $0.string(1), email: $0.string(2))
        }
        let cases = try database.rows("""
            \(CaseRepository.select) WHERE pc.sort_group = 0 AND s.provider_id = ? ORDER BY pc.sort_time, pc.id LIMIT 20
            """, [.integer(id)], CaseRepository.row)
        let notices = try database.rows("""
            \(NoticeRepository.window(at: now).select) WHERE n.provider_id = ? ORDER BY n.announced_at DESC, n.id DESC LIMIT 20
            """, [.integer(id)], NoticeRepository.row)
        return ProviderDetail(row: row, services: services, contacts: contacts, targets: try targets(providerID: id),
                              openCases: cases, notices: notices)
    }

    /// The provider's own targets, by priority.
    public func targets(providerID: Int64) throws -> [ProviderTarget] {
        try database.rows("""
            SELECT priority, acknowledge_seconds, resolve_seconds FROM provider_targets WHERE provider_id = ? ORDER BY priority
            """, [.integer(providerID)]) {
            ProviderTarget(priority: Priority(rawValue: $0.integer(0)) ?? .p5, acknowledge: $0.int(1), resolve: $0.int(2))
        }
    }

    /// Sets the provider's target for one priority, replacing any before.
    func setTarget(_ target: ProviderTarget, providerID: Int64) throws {
        try database.run("""
            INSERT INTO provider_targets (provider_id, priority, acknowledge_seconds, resolve_seconds) VALUES (?, ?, ?, ?)
            ON CONFLICT (provider_id, priority) DO UPDATE SET acknowledge_seconds = excluded.acknowledge_seconds,
                resolve_seconds = excluded.resolve_seconds
            """, [.integer(providerID), .integer(Int64(target.priority.rawValue)), .integer(target.acknowledge),
                  .integer(target.resolve)])
    }

    /// The provider's contact of `role`, if it has one.
    func contact(providerID: Int64, role: ProviderContactRole) throws -> ProviderContact? {
        try database.first("SELECT name, email FROM provider_contacts WHERE provider_id = ? AND role = ?",
                           [.integer(providerID), .text(role.rawValue)]) {
            ProviderContact(role: role, name: $0.string(0), email: $0.string(1))
        }
    }

    /// Sets the provider's contact of its role, replacing any before.
    func setContact(_ contact: ProviderContact, providerID: Int64) throws {
        try database.run("""
            INSERT INTO provider_contacts (provider_id, role, name, email) VALUES (?, ?, ?, ?)
            ON CONFLICT (provider_id, role) DO UPDATE SET name = excluded.name, email = excluded.email
            """, [.integer(providerID), .text(contact.role.rawValue), .text(contact.name), .text(contact.email)])
    }
}

extension Store {
    /// The providers and their services.
    public var providers: ProviderRepository { ProviderRepository(database: database) }
}
