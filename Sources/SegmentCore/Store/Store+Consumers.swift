/// The columns of a consumers-pane row, over `consumers c`.
enum ConsumerColumn: Int32, SelectColumn {
    case id, organisationNumber, name, stage, acceptedAgreement, openIncidents, sortName

    var sql: String {
        switch self {
        case .id: "c.id"
        case .organisationNumber: "c.org_number"
        case .name: "c.name"
        case .stage: "c.stage"
        case .acceptedAgreement: "(SELECT max(version) FROM agreement_acceptances a WHERE a.consumer_id = c.id)"
        case .openIncidents: "(SELECT count(*) FROM incidents i WHERE i.consumer_id = c.id AND i.sort_group < \(IncidentOrder.doneGroup))"
        case .sortName: "c.sort_name"
        }
    }
}

extension Store {
    static let consumerSelect = "SELECT \(ConsumerColumn.list) FROM consumers c"

    static func consumerRow(_ row: Row) -> ConsumerRow {
        typealias Column = ConsumerColumn
        return ConsumerRow(id: row.int(Column.id), organisationNumber: row.string(Column.organisationNumber), name: row.string(Column.name),
                           stage: OnboardingStage(rawValue: row.string(Column.stage)) ?? .registered,
                           acceptedAgreement: row.optionalInt64(Column.acceptedAgreement).map(Int.init),
                           openIncidents: row.integer(Column.openIncidents),
                           key: [.text(row.string(Column.sortName)), .integer(row.int(Column.id))])
    }

    static let consumerWindow = KeysetWindow(
        select: consumerSelect, keyColumns: ["c.sort_name", "c.id"], filter: nil)

    /// One screenful of the consumers pane, by name.
    public func consumers(anchor: WindowAnchor, limit: Int, filter: String = "") throws -> [ConsumerRow] {
        try database.smallPaneWindow(Self.consumerWindow, anchor: anchor, limit: limit, filter: filter, map: Self.consumerRow)
    }

    /// How many consumers there are, and how many match `filter`.
    public func consumerCount(filter: String = "") throws -> Int {
        try database.smallPaneCount(table: "consumers", filter: filter)
    }

    /// The newest agreement version, if any.
    public func currentAgreementVersion() throws -> Int? {
        try database.first("SELECT max(version) FROM agreement_versions") { $0.optionalInt(0) } ?? nil
    }

    /// A consumer with contacts, services, technical operator and recent incidents.
    public func consumer(id: Int64) throws -> ConsumerDetail {
        guard let row = try database.first("\(Self.consumerSelect) WHERE c.id = ?", [.integer(id)], Self.consumerRow),
              let own = try database.first("""
                  SELECT operator_org_number, operator_name, legal_declared_at, legal_reference, created_at FROM consumers WHERE id = ?
                  """, [.integer(id)], {
                      (operatorNumber: $0.optionalString(0), operatorName: $0.optionalString(1),
                       declaredAt: $0.isNull(2) ? nil : $0.int(2), reference: $0.optionalString(3), createdAt: $0.int(4))
                  }) else {
            throw StoreError.notFound(entity: .consumer, id: id)
        }
        let contacts = try database.rows(
            "SELECT role, name, email, shared_mailbox FROM contacts WHERE consumer_id = ? ORDER BY role, name",
            [.integer(id)]) {
            Contact(role: ContactRole(rawValue: $0.string(0)) ?? .technical, name: $0.string(1), email: $0.string(2),
                    isSharedMailbox: $0.integer(3) != 0)
        }
        let services = try database.rows("""
            SELECT s.key FROM consumer_services cs JOIN services s ON s.id = cs.service_id
            WHERE cs.consumer_id = ? ORDER BY s.key
            """, [.integer(id)]) { $0.string(0) }
        let incidents = try database.rows(
            "\(Self.incidentSelect) WHERE i.consumer_id = ? ORDER BY i.sort_group, i.sort_time LIMIT 20",
            [.integer(id)], Self.incidentRow)
        let movedAt = try database.first("""
            SELECT max(at) FROM journal WHERE entity = \(RecordKind.consumer.sql) AND entity_id = ? AND action IN \([JournalAction.stage, .onboarding].sql)
            """, [.integer(id)], { $0.optionalInt(0).map(Int64.init) }) ?? nil
        var detail = ConsumerDetail(row: row, technicalOperatorNumber: own.operatorNumber,
                                    technicalOperatorName: own.operatorName, contacts: contacts, services: services,
                                    recentIncidents: incidents, stageSince: movedAt ?? own.createdAt,
                                    legalDeclaredAt: own.declaredAt, legalReference: own.reference)
        detail.agreementMail = try agreementMail(consumerID: id)
        detail.checklistTicks = try checklistTicks(consumerID: id)
        detail.checklists = policy.checklists
        return detail
    }
}
