extension Store {
    /// Adds a need raised by a consumer, about `serviceIDs`, with its backings.
    @discardableResult
    public func addNeed(title: String, description: String, raisedBy: Int64?, status: NeedStatus, legal: LegalBasis?,
                        raisedAt: Int64, serviceIDs: [Int64] = [],
                        backings: [(consumer: Int64, importance: Importance, useCase: String?)]) throws -> Int64 {
        try database.inTransaction {
            try database.run("""
                INSERT INTO needs (title, description, raised_by, status, legal, raised_at, search_text, sort_group, sort_score)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)
                """, [.text(title), .text(description), raisedBy.map(SQLValue.integer) ?? .null, .text(status.rawValue),
                      legal.map { .text($0.rawValue) } ?? .null, .integer(raisedAt),
                      .text(SmallPaneFilter.searchText(title, status.label)), .integer(status.isOpen ? 0 : 1)])
            let id = database.lastInsertRowID
            for serviceID in serviceIDs {
                try database.run("INSERT INTO need_services (need_id, service_id) VALUES (?, ?)", [.integer(id), .integer(serviceID)])
            }
            for backing in backings {
                try writeBacking(need: id, consumer: backing.consumer, importance: backing.importance, useCase: backing.useCase,
                                 at: raisedAt)
            }
            try rescoreNeed(id)
            return id
        }
    }

    /// Inserts or updates one consumer's backing: a consumer backs a need once.
    func writeBacking(need: Int64, consumer: Int64, importance: Importance, useCase: String?, at: Int64) throws {
        try database.run("""
            INSERT INTO need_backings (need_id, consumer_id, weight, backed_at, importance, use_case) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
            ON CONFLICT (need_id, consumer_id) DO UPDATE SET importance = ?5, weight = ?3, use_case = coalesce(?6, use_case)
            """, [.integer(need), .integer(consumer), .integer(Int64(4 - importance.rawValue)), .integer(at),
                  .integer(Int64(importance.rawValue)), useCase.map(SQLValue.text) ?? .null])
    }

    /// Counts a need's backers and its score again (the configured weight
    /// of each backing's importance), and where it ranks.
    func rescoreNeed(_ id: Int64) throws {
        let weights = Importance.allCases.map { SQLValue.integer(Int64(policy.weight(of: $0))) }
        try database.run("""
            UPDATE needs SET backers = (SELECT count(*) FROM need_backings WHERE need_id = ?1),
                score = (SELECT coalesce(sum(CASE importance WHEN 1 THEN ?2 WHEN 2 THEN ?3 ELSE ?4 END), 0)
                         FROM need_backings WHERE need_id = ?1),
                version = version + 1
            WHERE id = ?1
            """, [.integer(id)] + weights)
        try database.run("""
            UPDATE needs SET sort_score = -score,
                sort_group = CASE WHEN status IN \([NeedStatus.delivered, .rejected, .merged].sql) THEN 1 ELSE 0 END,
                search_text = ?2
            WHERE id = ?1
            """, [.integer(id), .text(SmallPaneFilter.searchText(try needTitleAndStatus(id)))])
    }

    private func needTitleAndStatus(_ id: Int64) throws -> String {
        try database.first("SELECT title || ' ' || status FROM needs WHERE id = ?", [.integer(id)], { $0.string(0) }) ?? ""
    }

    /// The consumer with this organisation number, with its name.
    func consumer(organisationNumber text: String) throws -> (id: Int64, name: String) {
        let digits = (try? OrganisationNumber(text))?.digits ?? text
        guard let found = try database.first("SELECT id, name FROM consumers WHERE org_number = ?", [.text(digits)], {
            (id: $0.int(0), name: $0.string(1))
        }) else { throw StoreError.invalid(Wording("no consumer has organisation number {1}", text)) }
        return found
    }

    /// Records a need raised by a consumer, backed by it as a must have, on
    /// the services named; journalled. Returns its id.
    @discardableResult
    public func raiseNeed(title: String, description: String, serviceKeys: [String], raisedBy: String,
                          at: Int64?) throws -> Int64 {
        let title = trimmedSpaces(title)
        guard !title.isEmpty, !title.contains(where: \.isNewline) else { throw StoreError.invalid(Wording("a need needs a one-line title")) }
        let consumer = try consumer(organisationNumber: raisedBy)
        let services = try knownServices()
        let serviceIDs = try serviceKeys.map { key -> Int64 in
            guard let id = services[key] else { throw StoreError.invalid(services.unknown(key)) }
            return id
        }
        return try database.inTransaction {
            let id = try addNeed(title: title, description: description, raisedBy: consumer.id, status: .collected, legal: nil,
                                 raisedAt: at ?? now(), serviceIDs: serviceIDs,
                                 backings: [(consumer.id, .mustHave, nil)])
            try journal(entity: .need, id: id, action: .raised, after: "by=\(consumer.id) status=collected")
            return id
        }
    }

    /// A consumer backs a need, or changes how much it needs it; journalled
    /// with the importance before. Returns the consumer's name.
    @discardableResult
    public func back(needID: Int64, organisationNumber: String, importance: Importance, useCase: String?) throws -> String {
        try database.inTransaction {
            let status = try needStatus(needID)
            guard status != .merged else { throw StoreError.invalid(Wording("need #{1} is merged; back the need it joined", needID)) }
            let consumer = try consumer(organisationNumber: organisationNumber)
            let before = try database.first("SELECT importance FROM need_backings WHERE need_id = ? AND consumer_id = ?",
                                            [.integer(needID), .integer(consumer.id)], { $0.integer(0) })
            try writeBacking(need: needID, consumer: consumer.id, importance: importance, useCase: useCase, at: now())
            try rescoreNeed(needID)
            try journal(entity: .need, id: needID, action: before == nil ? .backed : .backingChanged,
                        before: before.map { "consumer=\(consumer.id) importance=\($0)" },
                        after: "consumer=\(consumer.id) importance=\(importance.rawValue)" + (useCase.map { " use_case=\($0)" } ?? ""))
            return consumer.name
        }
    }

    func needStatus(_ id: Int64) throws -> NeedStatus {
        guard let status = try database.first("SELECT status FROM needs WHERE id = ?", [.integer(id)], {
            NeedStatus(rawValue: $0.string(0)) ?? .collected
        }) else { throw StoreError.notFound(entity: .need, id: id) }
        return status
    }

    /// Records whether the segment's legal basis covers the need, with a
    /// note; journalled.
    public func assessLegalBasis(needID: Int64, basis: LegalBasis, note: String?) throws {
        try database.inTransaction {
            let before = try database.first("SELECT legal FROM needs WHERE id = ?", [.integer(needID)], { $0.optionalString(0) })
            guard let before else { throw StoreError.notFound(entity: .need, id: needID) }
            try database.run("UPDATE needs SET legal = ?, legal_note = ?, version = version + 1 WHERE id = ?",
                             [.text(basis.rawValue), note.map(SQLValue.text) ?? .null, .integer(needID)])
            try journal(entity: .need, id: needID, action: .legalBasisAssessed, before: "legal=\(before ?? "none")",
                        after: "legal=\(basis.rawValue)" + (note.map { " note=\($0)" } ?? ""))
        }
    }
}
