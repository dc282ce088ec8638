/// A consumer as the dashboard's form registers it: what a phone call or
/// a first mail gives.
public struct ConsumerRegistration: Equatable, Sendable {
    public var organisationNumber: String
    public var name: String
    public var serviceKeys: [String]
    public var technicalName: String
    public var technicalEmail: String
    /// The mail domain its people write from; nil for the technical address's.
    public var mailDomain: String?
    /// The business contact, when the call gave one.
    public var businessName: String?
    public var businessEmail: String?

    public init(organisationNumber: String, name: String, serviceKeys: [String], technicalName: String, technicalEmail: String,
                mailDomain: String? = nil, businessName: String? = nil, businessEmail: String? = nil) {
        self.organisationNumber = organisationNumber
        self.name = name
        self.serviceKeys = serviceKeys
        self.technicalName = technicalName
        self.technicalEmail = technicalEmail
        self.mailDomain = mailDomain
        self.businessName = businessName
        self.businessEmail = businessEmail
    }
}

extension ConsumerDesk {
    /// Registers a consumer from the dashboard's form: organisation number,
    /// name, the services it will use, its technical contact, and its mail
    /// domain and business contact when given; it starts at `registered`.
    /// Journalled. Returns its id.
    @discardableResult
    public func registerConsumer(_ registration: ConsumerRegistration) throws -> Int64 {
        let number = try OrganisationNumber(registration.organisationNumber)
        let name = trimmedSpaces(registration.name)
        let contactEmail = registration.technicalEmail, contactName = registration.technicalName, serviceKeys = registration.serviceKeys
        guard !name.isEmpty, !name.contains(where: \.isNewline) else { throw StoreError.refused(Refusal.consumerNeedsName) }
        guard MailAddress.isPlausible(contactEmail) else {
            throw StoreError.refused(Refusal.notOneTechnicalAddress(address: contactEmail))
        }
        if let domain = registration.mailDomain, !MailAddress.isPlausible("postmaster@\(domain)") {
            throw StoreError.refused(.notAMailDomain(domain))
        }
        if let business = registration.businessEmail, !MailAddress.isPlausible(business) { throw StoreError.refused(.notOneAddress(business)) }
        let services = try store.knownServices()
        let serviceIDs = try serviceKeys.map { key -> Int64 in
            guard let id = services[key] else { throw StoreError.refused(services.unknown(key)) }
            return id
        }
        return try store.database.inTransaction {
            var contacts = [Contact(role: .technical, name: contactName.isEmpty ? "Technical contact" : contactName,
                                    email: contactEmail, isSharedMailbox: false)]
            if let business = registration.businessEmail {
                contacts.append(Contact(role: .business, name: registration.businessName ?? business, email: business, isSharedMailbox: false))
            }
            let domain = (registration.mailDomain ?? MailAddress.domain(of: contactEmail)).lowercased()
            let id = try store.addConsumer(NewConsumer(organisationNumber: number, name: name, mailDomain: domain,
                                                 stage: .registered, contacts: contacts, serviceIDs: serviceIDs))
            try store.journal(entity: .consumer, id: id, action: .registered,
                        after: "org_number=\(number.digits) services=\(serviceKeys.joined(separator: ",")) contact=\(contactEmail)"
                            + " mail_domain=\(domain)" + (registration.businessEmail.map { " business=\($0)" } ?? ""))
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
