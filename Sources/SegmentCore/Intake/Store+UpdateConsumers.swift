extension Store {
    /// Brings a registered consumer to what an import record gives: name,
    /// technical operator, mail domain, services and contacts, each only
    /// when the record has the field. Every change is journalled with its
    /// before and after. Returns true when anything changed.
    func updateConsumer(id: Int64, to record: IncomingConsumer, services: [String: Int64], file: String) throws -> Bool {
        let given = record.givenFields
        let before = try consumerFacts(id: id)
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
           try database.first("SELECT legal_declared_at IS ? AND legal_reference IS ? FROM consumers WHERE id = ?",
                              [.integer(date), .text(reference), .integer(id)], { $0.int(0) == 1 }) != true {
            try recordLegalDeclaration(consumerID: id, declaredAt: date, reference: reference)
            declared = true
        }
        guard after != before else { return declared }
        try database.run("""
            UPDATE consumers SET name = ?, operator_org_number = ?, operator_name = ?, mail_domain = ?, search_text = ?,
                sort_name = ?, language = ?, version = version + 1 WHERE id = ?
            """, [.text(after.name), after.operatorNumber.map(SQLValue.text) ?? .null,
                  after.operatorName.map(SQLValue.text) ?? .null, after.mailDomain.map(SQLValue.text) ?? .null,
                  .text(SmallPaneFilter.searchText(after.name, record.organisationNumber.digits, after.operatorName)),
                  .text(after.name.lowercased()), .text(after.language), .integer(id)])
        if after.services != before.services {
            try database.run("DELETE FROM consumer_services WHERE consumer_id = ?", [.integer(id)])
            for key in after.services {
                if let service = services[key] {
                    try database.run("INSERT INTO consumer_services (consumer_id, service_id) VALUES (?, ?)",
                                     [.integer(id), .integer(service)])
                }
            }
        }
        if after.contacts != before.contacts {
            try database.run("DELETE FROM contacts WHERE consumer_id = ?", [.integer(id)])
            for contact in record.contacts {
                try database.run("INSERT INTO contacts (consumer_id, role, name, email, shared_mailbox) VALUES (?, ?, ?, ?, ?)",
                                 [.integer(id), .text(contact.role.rawValue), .text(contact.name), .text(contact.email),
                                  .integer(contact.isSharedMailbox ? 1 : 0)])
            }
        }
        let changed = before.changes(to: after)
        try journal(entity: .consumer, id: id, action: .updated, before: changed.before, after: changed.after + " file=\(file)")
        return true
    }

    private func consumerFacts(id: Int64) throws -> ConsumerFacts {
        guard var facts = try database.first("""
            SELECT name, operator_org_number, operator_name, mail_domain, language FROM consumers WHERE id = ?
            """, [.integer(id)], {
                ConsumerFacts(name: $0.string(0), operatorNumber: $0.optionalString(1), operatorName: $0.optionalString(2),
                              mailDomain: $0.optionalString(3), language: $0.string(4), services: [], contacts: [])
            }) else { throw StoreError.notFound(entity: .consumer, id: id) }
        facts.services = try database.rows("""
            SELECT s.key FROM consumer_services cs JOIN services s ON s.id = cs.service_id WHERE cs.consumer_id = ? ORDER BY s.key
            """, [.integer(id)]) { $0.string(0) }
        facts.contacts = try database.rows("SELECT role || ':' || email FROM contacts WHERE consumer_id = ?", [.integer(id)]) {
            $0.string(0)
        }.sorted()
        return facts
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
