extension ConsumerDesk {
    /// Registers a consumer from the dashboard's form: organisation number,
    /// name, the services it will use and its technical contact; it starts
    /// at `registered`. Journalled. Returns its id.
    @discardableResult
    public func registerConsumer(organisationNumber: String, name: String, serviceKeys: [String], contactName: String,
                                 contactEmail: String) throws -> Int64 {
        let number = try OrganisationNumber(organisationNumber)
        let name = trimmedSpaces(name)
        guard !name.isEmpty, !name.contains(where: \.isNewline) else { throw StoreError.refused(Refusal.consumerNeedsName) }
        guard MailAddress.isPlausible(contactEmail) else {
            throw StoreError.refused(Refusal.notOneTechnicalAddress(address: contactEmail))
        }
        let services = try store.knownServices()
        let serviceIDs = try serviceKeys.map { key -> Int64 in
            guard let id = services[key] else { throw StoreError.refused(services.unknown(key)) }
            return id
        }
        return try store.database.inTransaction {
            let contact = Contact(role: .technical, name: contactName.isEmpty ? "Technical contact" : contactName,
                                  email: contactEmail, isSharedMailbox: false)
            let id = try store.addConsumer(NewConsumer(organisationNumber: number, name: name,
                                                 mailDomain: MailAddress.domain(of: contactEmail).lowercased(),
                                                 stage: .registered, contacts: [contact], serviceIDs: serviceIDs))
            try store.journal(entity: .consumer, id: id, action: .registered,
                        after: "org_number=\(number.digits) services=\(serviceKeys.joined(separator: ",")) contact=\(contactEmail)")
            return id
        }
    }

    /// Sets the consumer's contact of a role (replacing the one it had of
    /// that role, the first if several), journalled with before and after.
    public func setContact(consumerID: Int64, role: ContactRole, name: String, email: String) throws {
        guard MailAddress.isPlausible(email) else { throw StoreError.refused(.notOneAddress(email)) }
        try store.database.inTransaction {
            let before = try store.consumers.contact(consumerID: consumerID, role: role)
            if let before {
                try store.consumers.updateContact(id: before.id, name: name, email: email)
            } else {
                try store.consumers.addContact(Contact(role: role, name: name, email: email, isSharedMailbox: false), consumerID: consumerID)
            }
            try store.journal(entity: .consumer, id: consumerID, action: .contactChanged,
                        before: before.map { "\(role.rawValue)=\($0.name) <\($0.email)>" },
                        after: "\(role.rawValue)=\(name) <\(email)>")
        }
    }

    /// Adds a service the consumer uses, or takes one away; journalled.
    public func setUses(consumerID: Int64, serviceKey: String, using: Bool) throws {
        let services = try store.knownServices()
        guard let serviceID = services[serviceKey] else { throw StoreError.refused(services.unknown(serviceKey)) }
        try store.database.inTransaction {
            let had = try store.consumers.uses(consumerID: consumerID, serviceID: serviceID)
            guard had != using else {
                throw StoreError.refused(using ? Refusal.alreadyUses(service: serviceKey) : Refusal.doesNotUse(service: serviceKey))
            }
            if using {
                try store.consumers.addUse(consumerID: consumerID, serviceID: serviceID)
            } else {
                try store.consumers.removeUse(consumerID: consumerID, serviceID: serviceID)
            }
            try store.journal(entity: .consumer, id: consumerID, action: using ? .serviceAdded : .serviceRemoved,
                        after: "service=\(serviceKey)")
        }
    }
}
