extension Store {
    /// Registers a consumer from the dashboard's form: organisation number,
    /// name, the services it will use and its technical contact; it starts
    /// at `registered`. Journalled. Returns its id.
    @discardableResult
    public func registerConsumer(organisationNumber: String, name: String, serviceKeys: [String], contactName: String,
                                 contactEmail: String) throws -> Int64 {
        let number = try OrganisationNumber(organisationNumber)
        let name = trimmedSpaces(name)
        guard !name.isEmpty, !name.contains(where: \.isNewline) else { throw StoreError.invalid(Wording("a consumer needs a one-line name")) }
        guard MailAddress.isPlausible(contactEmail) else {
            throw StoreError.invalid(Wording("\"{1}\" is not one mail address for the technical contact", contactEmail))
        }
        let services = try knownServices()
        let serviceIDs = try serviceKeys.map { key -> Int64 in
            guard let id = services[key] else { throw StoreError.invalid(services.unknown(key)) }
            return id
        }
        return try database.inTransaction {
            let contact = Contact(role: .technical, name: contactName.isEmpty ? "Technical contact" : contactName,
                                  email: contactEmail, isSharedMailbox: false)
            let id = try addConsumer(NewConsumer(organisationNumber: number, name: name,
                                                 mailDomain: Self.domain(of: contactEmail).lowercased(),
                                                 stage: .registered, contacts: [contact], serviceIDs: serviceIDs))
            try journal(entity: .consumer, id: id, action: .registered,
                        after: "org_number=\(number.digits) services=\(serviceKeys.joined(separator: ",")) contact=\(contactEmail)")
            return id
        }
    }

    /// Sets the consumer's contact of a role (replacing the one it had of
    /// that role, the first if several), journalled with before and after.
    public func setContact(consumerID: Int64, role: ContactRole, name: String, email: String) throws {
        guard MailAddress.isPlausible(email) else { throw StoreError.invalid(Wording("\"{1}\" is not one mail address", email)) }
        try database.inTransaction {
            let before = try database.first("""
                SELECT id, name, email FROM contacts WHERE consumer_id = ? AND role = ? ORDER BY id LIMIT 1
                """, [.integer(consumerID), .text(role.rawValue)], { (id: $0.int(0), name: $0.string(1), email: $0.string(2)) })
            if let before {
                try database.run("UPDATE contacts SET name = ?, email = ? WHERE id = ?",
                                 [.text(name), .text(email), .integer(before.id)])
            } else {
                try database.run("INSERT INTO contacts (consumer_id, role, name, email, shared_mailbox) VALUES (?, ?, ?, ?, 0)",
                                 [.integer(consumerID), .text(role.rawValue), .text(name), .text(email)])
            }
            try journal(entity: .consumer, id: consumerID, action: .contactChanged,
                        before: before.map { "\(role.rawValue)=\($0.name) <\($0.email)>" },
                        after: "\(role.rawValue)=\(name) <\(email)>")
        }
    }

    /// Adds a service the consumer uses, or takes one away; journalled.
    public func setUses(consumerID: Int64, serviceKey: String, using: Bool) throws {
        let services = try knownServices()
        guard let serviceID = services[serviceKey] else { throw StoreError.invalid(services.unknown(serviceKey)) }
        try database.inTransaction {
            let had = try database.first("SELECT 1 FROM consumer_services WHERE consumer_id = ? AND service_id = ?",
                                         [.integer(consumerID), .integer(serviceID)], { $0.int(0) }) != nil
            guard had != using else {
                throw StoreError.invalid(using ? Wording("the consumer already uses {1}", serviceKey) : Wording("the consumer does not use {1}", serviceKey))
            }
            if using {
                try database.run("INSERT INTO consumer_services (consumer_id, service_id) VALUES (?, ?)",
                                 [.integer(consumerID), .integer(serviceID)])
            } else {
                try database.run("DELETE FROM consumer_services WHERE consumer_id = ? AND service_id = ?",
                                 [.integer(consumerID), .integer(serviceID)])
            }
            try journal(entity: .consumer, id: consumerID, action: using ? .serviceAdded : .serviceRemoved,
                        after: "service=\(serviceKey)")
        }
    }
}
