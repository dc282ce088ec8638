extension ConsumerDesk {
    /// Makes `edit` to consumer `id` in one transaction, journalled with
    /// before and after. When `seenVersion` is given the consumer must still
    /// be at that version: an operator who acted on what they saw is told who
    /// changed it meanwhile, instead of overwriting that change unawares.
    /// Returns the edit's reverse, for undo.
    @discardableResult
    public func edit(_ edit: ConsumerEdit, consumerID id: Int64, seenVersion: Int? = nil) throws -> ConsumerEditResult {
        try store.database.inTransaction {
            guard let row = try store.consumers.row(id: id) else { throw StoreError.notFound(entity: .consumer, id: id) }
            try store.journalEntries.refuseStale(.consumer, id: id, version: row.version, seen: seenVersion)
            let reverse = try apply(edit, to: row)
            try store.consumers.touch(id: id)
            return ConsumerEditResult(consumerName: row.name, reverse: reverse, versionAfter: try store.consumers.row(id: id)?.version ?? 0)
        }
    }

    private func apply(_ edit: ConsumerEdit, to row: ConsumerRow) throws -> ConsumerEdit {
        let id = row.id
        switch edit {
        case let .contact(role, name, email):
            let before = try store.consumers.contact(consumerID: id, role: role)
            try setContact(consumerID: id, role: role, name: name, email: email)
            return before.map { .contact(role, name: $0.name, email: $0.email) } ?? .noContact(role)
        case .noContact(let role):
            var contacts = try store.consumers.contacts(consumerID: id)
            guard let index = contacts.firstIndex(where: { $0.role == role }) else { throw StoreError.refused(.noContactOfRole(role: role.rawValue)) }
            let removed = contacts.remove(at: index)
            try store.consumers.replaceContacts(consumerID: id, with: contacts)
            try store.journal(entity: .consumer, id: id, action: .contactChanged, before: "\(role.rawValue)=\(removed.name) <\(removed.email)>",
                              after: "\(role.rawValue)=-")
            return .contact(role, name: removed.name, email: removed.email)
        case let .uses(service, using):
            try setUses(consumerID: id, serviceKey: service, using: using)
            return .uses(service: service, using: !using)
        case let .stage(stage, note):
            try setStage(consumerID: id, to: stage, note: note)
            return .stage(row.stage, note: "undo of the move to \(stage.rawValue)")
        case .name(let name):
            let name = trimmedSpaces(name)
            guard !name.isEmpty, !name.contains(where: \.isNewline) else { throw StoreError.refused(Refusal.consumerNeedsName) }
            return try update(row) { $0.name = name.precomposedStringWithCanonicalMapping } reverse: { .name($0.name) }
        case .domain(let domain):
            if let domain, !MailAddress.isPlausible("postmaster@\(domain)") { throw StoreError.refused(.notAMailDomain(domain)) }
            return try update(row) { $0.mailDomain = domain?.lowercased() } reverse: { .domain($0.mailDomain) }
        case let .technicalOperator(number, name):
            let digits = try number.map { text in
                do { return try OrganisationNumber(text).digits } catch let problem as OrganisationNumber.Problem {
                    throw StoreError.refused(.badOrganisationNumber(problem))
                }
            }
            return try update(row) {
                $0.operatorNumber = digits
                $0.operatorName = digits == nil ? nil : name
            } reverse: { .technicalOperator(organisationNumber: $0.operatorNumber, name: $0.operatorName) }
        }
    }

    /// Changes a consumer's own facts as `change` says, journalled; refused
    /// when nothing would change. Returns the reverse `reverse` makes of the facts before.
    private func update(_ row: ConsumerRow, _ change: (inout ConsumerFacts) -> Void,
                        reverse: (ConsumerFacts) -> ConsumerEdit) throws -> ConsumerEdit {
        guard let before = try store.consumers.facts(id: row.id) else { throw StoreError.notFound(entity: .consumer, id: row.id) }
        var after = before
        change(&after)
        guard after != before else { throw StoreError.refused(.consumerUnchanged(consumer: row.name)) }
        try store.consumers.update(id: row.id, to: after, organisationNumber: row.organisationNumber)
        let changed = before.changes(to: after)
        try store.journal(entity: .consumer, id: row.id, action: .updated, before: changed.before, after: changed.after)
        return reverse(before)
    }
}
