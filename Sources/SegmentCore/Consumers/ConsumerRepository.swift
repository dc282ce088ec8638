/// The consumers of the segment: every statement about the consumers,
/// contacts, consumer services and checklist ticks tables. Its search text
/// and sort name are kept here, by the functions that write a name.
public struct ConsumerRepository {
    let database: Database
    /// The store's clock, for when a consumer was registered or ticked.
    let now: () -> Int64

    static let select = "SELECT \(ConsumerColumn.list) FROM consumers c"
    static let window = KeysetWindow(select: select, keyColumns: ["c.sort_name", "c.id"], filter: nil)

    static func row(_ row: Row) -> ConsumerRow {
        typealias Column = ConsumerColumn
        return ConsumerRow(id: row.int(Column.id), organisationNumber: row.string(Column.organisationNumber), name: row.string(Column.name),
                           stage: OnboardingStage(rawValue: row.string(Column.stage)) ?? .registered,
                           acceptedAgreement: row.optionalInt64(Column.acceptedAgreement).map(Int.init),
                           openIncidents: row.integer(Column.openIncidents), version: row.integer(Column.version),
                           key: [.text(row.string(Column.sortName)), .integer(row.int(Column.id))])
    }

    /// One screenful of the consumers pane, by name.
    public func window(anchor: WindowAnchor, limit: Int, filter: String = "") throws -> [ConsumerRow] {
        try database.smallPaneWindow(Self.window, anchor: anchor, limit: limit, filter: filter, map: Self.row)
    }

    /// The pane's key of record `id` under `filter`, or nil when the pane does not show it.
    public func sortKey(id: Int64, filter: String) throws -> [SQLValue]? {
        try database.smallPaneKey(Self.window, id: id, filter: filter, map: Self.row, key: \.key)
    }

    /// How many consumers there are, and how many match `filter`.
    public func count(filter: String = "") throws -> Int {
        try database.smallPaneCount(table: "consumers", filter: filter)
    }

    /// The consumers pane's row of consumer `id`.
    func row(id: Int64) throws -> ConsumerRow? {
        try database.first("\(Self.select) WHERE c.id = ?", [.integer(id)], Self.row)
    }

    /// Adds a consumer with its contacts and services; returns its id.
    func add(_ consumer: NewConsumer) throws -> Int64 {
        let name = consumer.name.precomposedStringWithCanonicalMapping
        try database.run("""
            INSERT INTO consumers (org_number, name, operator_org_number, operator_name, mail_domain, stage,
                                   search_text, sort_name, created_at, language)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.text(consumer.organisationNumber.digits), .text(name),
                  consumer.technicalOperator.map { .text($0.number.digits) } ?? .null,
                  consumer.technicalOperator.map { .text($0.name) } ?? .null,
                  consumer.mailDomain.map(SQLValue.text) ?? .null, .text(consumer.stage.rawValue),
                  .text(SmallPaneFilter.searchText(name, consumer.organisationNumber.digits, consumer.technicalOperator?.name)),
                  .text(name.lowercased()), .integer(now()), .text(consumer.language.rawValue)])
        let id = database.lastInsertRowID
        for contact in consumer.contacts { try addContact(contact, consumerID: id) }
        for serviceID in consumer.serviceIDs { try addUse(consumerID: id, serviceID: serviceID) }
        return id
    }

    /// The consumer with organisation number `digits`, if registered.
    func id(organisationNumber digits: String) throws -> Int64? {
        try database.first("SELECT id FROM consumers WHERE org_number = ?", [.text(digits)], { $0.int(0) })
    }

    /// Every consumer's id by its organisation number.
    func idsByOrganisationNumber() throws -> [String: Int64] {
        Dictionary(uniqueKeysWithValues: try database.rows("SELECT org_number, id FROM consumers") { ($0.string(0), $0.int(1)) })
    }

    /// Up to `limit` consumers whose lower-cased name is `LIKE pattern`
    /// (with `\` escaping), by name: their ids and names.
    func named(like pattern: String, limit: Int) throws -> [(id: Int64, name: String)] {
        try database.rows("""
            SELECT id, name FROM consumers WHERE sort_name LIKE ? ESCAPE '\\' ORDER BY sort_name LIMIT ?
            """, [.text(pattern), .integer(Int64(limit))]) { (id: $0.int(0), name: $0.string(1)) }
    }

    /// The consumers (up to `limit`) one of whose contacts has `address`.
    func withContact(address: String, limit: Int) throws -> [Int64] {
        try database.rows("SELECT DISTINCT consumer_id FROM contacts WHERE email = ? COLLATE NOCASE LIMIT ?",
                          [.text(address), .integer(Int64(limit))]) { $0.int(0) }
    }

    /// The consumers (up to `limit`) whose mail domain is `domain`.
    func withMailDomain(_ domain: String, limit: Int) throws -> [Int64] {
        try database.rows("SELECT id FROM consumers WHERE mail_domain = ? COLLATE NOCASE LIMIT ?",
                          [.text(domain), .integer(Int64(limit))]) { $0.int(0) }
    }

    /// A consumer's name and stage, nil when there is none.
    func nameAndStage(id: Int64) throws -> (name: String, stage: OnboardingStage)? {
        try database.first("SELECT name, stage FROM consumers WHERE id = ?", [.integer(id)], {
            (name: $0.string(0), stage: OnboardingStage(rawValue: $0.string(1)) ?? .registered)
        })
    }

    /// Counts a change to a consumer's contacts or services on the consumer,
    /// so an edit made on what was seen before it is refused.
    func touch(id: Int64) throws {
        try database.run("UPDATE consumers SET version = version + 1 WHERE id = ?", [.integer(id)])
    }

    /// Moves a consumer to `stage`.
    func setStage(_ stage: OnboardingStage, id: Int64) throws {
        try database.run("UPDATE consumers SET stage = ?, version = version + 1 WHERE id = ?", [.text(stage.rawValue), .integer(id)])
    }

    /// A consumer's name and its declaration of its legal basis, nil when there is no consumer.
    func legalDeclaration(id: Int64) throws -> (name: String, declaredAt: Int64?, reference: String?)? {
        try database.first("SELECT name, legal_declared_at, legal_reference FROM consumers WHERE id = ?", [.integer(id)], {
            (name: $0.string(0), declaredAt: $0.isNull(1) ? nil : $0.int(1), reference: $0.optionalString(2))
        })
    }

    /// Records a consumer's declaration of its legal basis.
    func setLegalDeclaration(id: Int64, declaredAt: Int64, reference: String) throws {
        try database.run("UPDATE consumers SET legal_declared_at = ?, legal_reference = ?, version = version + 1 WHERE id = ?",
                         [.integer(declaredAt), .text(reference), .integer(id)])
    }

    /// The facts an import compares and writes: name, operator, mail domain,
    /// language, services by key and contacts as `role:email`, each sorted.
    func facts(id: Int64) throws -> ConsumerFacts? {
        guard var facts = try database.first("""
            SELECT name, operator_org_number, operator_name, mail_domain, language FROM consumers WHERE id = ?
            """, [.integer(id)], {
                ConsumerFacts(name: $0.string(0), operatorNumber: $0.optionalString(1), operatorName: $0.optionalString(2),
                              mailDomain: $0.optionalString(3), language: $0.string(4), services: [], contacts: [])
            }) else { return nil }
        facts.services = try serviceKeys(consumerID: id)
        facts.contacts = try database.rows("SELECT role || ':' || email FROM contacts WHERE consumer_id = ?", [.integer(id)]) {
            $0.string(0)
        }.sorted()
        return facts
    }

    /// Writes what an import says of a consumer's name, operator, mail domain and language.
    func update(id: Int64, to facts: ConsumerFacts, organisationNumber: String) throws {
        try database.run("""
            UPDATE consumers SET name = ?, operator_org_number = ?, operator_name = ?, mail_domain = ?, search_text = ?,
                sort_name = ?, language = ?, version = version + 1 WHERE id = ?
            """, [.text(facts.name), facts.operatorNumber.map(SQLValue.text) ?? .null,
                  facts.operatorName.map(SQLValue.text) ?? .null, facts.mailDomain.map(SQLValue.text) ?? .null,
                  .text(SmallPaneFilter.searchText(facts.name, organisationNumber, facts.operatorName)),
                  .text(facts.name.lowercased()), .text(facts.language), .integer(id)])
    }

    /// Whether the consumer's declaration is the one given.
    func hasLegalDeclaration(id: Int64, declaredAt: Int64, reference: String) throws -> Bool {
        try database.first("SELECT legal_declared_at IS ? AND legal_reference IS ? FROM consumers WHERE id = ?",
                           [.integer(declaredAt), .text(reference), .integer(id)], { $0.int(0) == 1 }) == true
    }

    /// The keys of the services a consumer uses, in order.
    func serviceKeys(consumerID: Int64) throws -> [String] {
        try database.rows("""
            SELECT s.key FROM consumer_services cs JOIN services s ON s.id = cs.service_id WHERE cs.consumer_id = ? ORDER BY s.key
            """, [.integer(consumerID)]) { $0.string(0) }
    }

    /// Whether the consumer uses the service.
    func uses(consumerID: Int64, serviceID: Int64) throws -> Bool {
        try database.first("SELECT 1 FROM consumer_services WHERE consumer_id = ? AND service_id = ?",
                           [.integer(consumerID), .integer(serviceID)], { $0.int(0) }) != nil
    }

    func addUse(consumerID: Int64, serviceID: Int64) throws {
        try database.run("INSERT INTO consumer_services (consumer_id, service_id) VALUES (?, ?)", [.integer(consumerID), .integer(serviceID)])
    }

    func removeUse(consumerID: Int64, serviceID: Int64) throws {
        try database.run("DELETE FROM consumer_services WHERE consumer_id = ? AND service_id = ?",
                         [.integer(consumerID), .integer(serviceID)])
    }

    /// Replaces every service a consumer uses.
    func replaceUses(consumerID: Int64, serviceIDs: [Int64]) throws {
        try database.run("DELETE FROM consumer_services WHERE consumer_id = ?", [.integer(consumerID)])
        for id in serviceIDs { try addUse(consumerID: consumerID, serviceID: id) }
    }

    /// The consumer's contacts, by role and name.
    func contacts(consumerID: Int64) throws -> [Contact] {
        try database.rows("SELECT role, name, email, shared_mailbox FROM contacts WHERE consumer_id = ? ORDER BY role, name",
                          [.integer(consumerID)]) {
            Contact(role: ContactRole(rawValue: $0.string(0)) ?? .technical, name: $0.string(1), email: $0.string(2),
                    isSharedMailbox: $0.integer(3) != 0)
        }
    }

    /// The consumer's first contact of `role`, with its row id.
    func contact(consumerID: Int64, role: ContactRole) throws -> (id: Int64, name: String, email: String)? {
        try database.first("SELECT id, name, email FROM contacts WHERE consumer_id = ? AND role = ? ORDER BY id LIMIT 1",
                           [.integer(consumerID), .text(role.rawValue)], { (id: $0.int(0), name: $0.string(1), email: $0.string(2)) })
    }

    func addContact(_ contact: Contact, consumerID: Int64) throws {
        try database.run("INSERT INTO contacts (consumer_id, role, name, email, shared_mailbox) VALUES (?, ?, ?, ?, ?)",
                         [.integer(consumerID), .text(contact.role.rawValue), .text(contact.name), .text(contact.email),
                          .integer(contact.isSharedMailbox ? 1 : 0)])
    }

    /// Gives contact row `id` a new name and address.
    func updateContact(id: Int64, name: String, email: String) throws {
        try database.run("UPDATE contacts SET name = ?, email = ? WHERE id = ?", [.text(name), .text(email), .integer(id)])
    }

    /// Replaces every contact of a consumer.
    func replaceContacts(consumerID: Int64, with contacts: [Contact]) throws {
        try database.run("DELETE FROM contacts WHERE consumer_id = ?", [.integer(consumerID)])
        for contact in contacts { try addContact(contact, consumerID: consumerID) }
    }

    /// Who ticked which step of which stage's checklist, and when.
    func checklistTicks(consumerID: Int64) throws -> [ChecklistTick] {
        try database.rows("""
            SELECT stage, step, ticked_at, ticked_by FROM checklist_ticks WHERE consumer_id = ? ORDER BY stage, step
            """, [.integer(consumerID)]) {
            ChecklistTick(stage: OnboardingStage(rawValue: $0.string(0)) ?? .registered, step: $0.integer(1), at: $0.int(2),
                          by: $0.string(3))
        }
    }

    /// Ticks a step of a stage's checklist, by `login` now, or takes the tick back.
    func setTick(consumerID: Int64, stage: OnboardingStage, step: Int, ticked: Bool, by login: String) throws {
        if ticked {
            try database.run("""
                INSERT OR REPLACE INTO checklist_ticks (consumer_id, stage, step, ticked_at, ticked_by) VALUES (?, ?, ?, ?, ?)
                """, [.integer(consumerID), .text(stage.rawValue), .integer(Int64(step)), .integer(now()), .text(login)])
        } else {
            try database.run("DELETE FROM checklist_ticks WHERE consumer_id = ? AND stage = ? AND step = ?",
                             [.integer(consumerID), .text(stage.rawValue), .integer(Int64(step))])
        }
    }

    /// The consumer's own facts beside its pane row: its technical operator,
    /// its declaration of its legal basis and when it was registered.
    func ownFacts(id: Int64) throws -> (operatorNumber: String?, operatorName: String?, declaredAt: Int64?, reference: String?,
                                        createdAt: Int64, mailDomain: String?)? {
        try database.first("""
            SELECT operator_org_number, operator_name, legal_declared_at, legal_reference, created_at, mail_domain FROM consumers WHERE id = ?
            """, [.integer(id)], {
                (operatorNumber: $0.optionalString(0), operatorName: $0.optionalString(1),
                 declaredAt: $0.isNull(2) ? nil : $0.int(2), reference: $0.optionalString(3), createdAt: $0.int(4),
                 mailDomain: $0.optionalString(5))
            })
    }

    /// When the consumer last moved along the pipeline, from its journal.
    func lastMoved(id: Int64) throws -> Int64? {
        try database.first("""
            SELECT max(at) FROM journal WHERE entity = \(RecordKind.consumer.sql) AND entity_id = ? AND action IN \([JournalAction.stage, .onboarding].sql)
            """, [.integer(id)], { $0.optionalInt(0).map(Int64.init) }) ?? nil
    }

    /// The consumer's latest incidents, open first.
    func recentIncidents(id: Int64) throws -> [IncidentRow] {
        try database.rows("\(IncidentRepository.select) WHERE i.consumer_id = ? ORDER BY i.sort_group, i.sort_time LIMIT 20",
                          [.integer(id)], IncidentRepository.row)
    }

    /// The mail kept on the consumer's agreement thread, newest first.
    func agreementMail(consumerID: Int64) throws -> [ReceivedMessage] {
        try database.rows("""
            SELECT received_at, sender, subject, body FROM inbound_mail WHERE consumer_id = ? ORDER BY id DESC LIMIT 20
            """, [.integer(consumerID)]) {
            ReceivedMessage(at: $0.int(0), from: $0.string(1), text: $0.string(3), subject: $0.string(2))
        }
    }
}

extension Store {
    /// The consumers of the segment.
    public var consumers: ConsumerRepository { ConsumerRepository(database: database, now: now) }
}
