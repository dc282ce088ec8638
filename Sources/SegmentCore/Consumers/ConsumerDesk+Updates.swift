extension ConsumerDesk {
    /// Brings a registered consumer to what an import record gives: name,
    /// technical operator, mail domain, services and contacts, each only
    /// when the record has the field. Every change is journalled with its
    /// before and after. Returns true when anything changed.
    func updateConsumer(id: Int64, to record: IncomingConsumer, services: [String: Int64], file: String) throws -> Bool {
        let given = record.givenFields
        guard let before = try store.consumers.facts(id: id) else { throw StoreError.notFound(entity: .consumer, id: id) }
        var after = before
        if given.contains("name") { after.name = record.name.precomposedStringWithCanonicalMapping }
        if given.contains("operator_org_number") || given.contains("operator_name") {
            after.operatorNumber = record.operatorNumber?.digits
            after.operatorName = record.operatorName
        }
        if given.contains("mail_domain") { after.mailDomain = record.mailDomain }
        if given.contains("language") { after.language = record.language.rawValue }
        if given.contains("services") { after.services = record.serviceKeys.sorted() }
        if given.contains("contacts") || given.contains("technical_email") {
            after.contacts = record.contacts.map { "\($0.role.rawValue):\($0.email)" }.sorted()
        }
        var declared = false
        if let date = record.legalDeclaredAt, let reference = record.legalReference,
           try !store.consumers.hasLegalDeclaration(id: id, declaredAt: date, reference: reference) {
            try recordLegalDeclaration(consumerID: id, declaredAt: date, reference: reference)
            declared = true
        }
        guard after != before else { return declared }
        try store.consumers.update(id: id, to: after, organisationNumber: record.organisationNumber.digits)
        if after.services != before.services {
            try store.consumers.replaceUses(consumerID: id, serviceIDs: after.services.compactMap { services[$0] })
        }
        if after.contacts != before.contacts {
            try store.consumers.replaceContacts(consumerID: id, with: record.contacts)
        }
        let changed = before.changes(to: after)
        try store.journal(entity: .consumer, id: id, action: .updated, before: changed.before, after: changed.after + " file=\(file)")
        return true
    }
}

/// The fields of a consumer an import may change, as the journal records them.
struct ConsumerFacts: Equatable {
    var name: String
    var operatorNumber: String?
    var operatorName: String?
    var mailDomain: String?
    var language: String
    var services: [String]
    var contacts: [String]

    private var fields: [(String, String)] {
        [("name", name), ("operator", operatorNumber.map { "\($0) \(operatorName ?? "")" } ?? "-"),
         ("mail_domain", mailDomain ?? "-"), ("language", language), ("services", services.joined(separator: ",")),
         ("contacts", contacts.joined(separator: ","))]
    }

    /// The fields that differ, as `key=value` before and after.
    func changes(to other: ConsumerFacts) -> (before: String, after: String) {
        let pairs = zip(fields, other.fields).filter { $0.0.1 != $0.1.1 }
        return (pairs.map { "\($0.0.0)=\($0.0.1)" }.joined(separator: " "), pairs.map { "\($0.1.0)=\($0.1.1)" }.joined(separator: " "))
    }
}
