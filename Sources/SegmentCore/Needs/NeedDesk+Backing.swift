extension NeedDesk {
    /// Adds a need raised by a consumer, about `serviceIDs`, with its backings.
    @discardableResult
    public func addNeed(title: String, description: String, raisedBy: Int64?, status: NeedStatus, legal: LegalBasis?,
                        raisedAt: Int64, serviceIDs: [Int64] = [],
                        backings: [(consumer: Int64, importance: Importance, useCase: String?)]) throws -> Int64 {
        try store.database.inTransaction {
            let id = try store.needs.insert(title: title, description: description, raisedBy: raisedBy, status: status, legal: legal,
                                      raisedAt: raisedAt, serviceIDs: serviceIDs)
            for backing in backings {
                try store.needs.writeBacking(need: id, consumer: backing.consumer, importance: backing.importance, useCase: backing.useCase,
                                 at: raisedAt)
            }
            try rescoreNeed(id)
            return id
        }
    }

    /// Counts a need's backers and its score again (the configured weight
    /// of each backing's importance), and where it ranks.
    func rescoreNeed(_ id: Int64) throws {
        try store.needs.rescore(id, weights: Importance.allCases.map(store.policy.weight(of:)))
    }

    /// The consumer with this organisation number, with its name.
    func consumer(organisationNumber text: String) throws -> (id: Int64, name: String) {
        let digits = (try? OrganisationNumber(text))?.digits ?? text
        guard let id = try store.consumers.id(organisationNumber: digits), let found = try store.consumers.nameAndStage(id: id) else {
            throw StoreError.refused(.noConsumer(organisationNumber: text))
        }
        return (id, found.name)
    }

    /// Records a need raised by a consumer, backed by it as a must have, on
    /// the services named; journalled. Returns its id.
    @discardableResult
    public func raiseNeed(title: String, description: String, serviceKeys: [String], raisedBy: String,
                          at: Int64?) throws -> Int64 {
        let title = trimmedSpaces(title)
        guard !title.isEmpty, !title.contains(where: \.isNewline) else { throw StoreError.refused(Refusal.needNeedsTitle) }
        let consumer = try consumer(organisationNumber: raisedBy)
        let services = try store.knownServices()
        let serviceIDs = try serviceKeys.map { key -> Int64 in
            guard let id = services[key] else { throw StoreError.refused(services.unknown(key)) }
            return id
        }
        return try store.database.inTransaction {
            let id = try addNeed(title: title, description: description, raisedBy: consumer.id, status: .collected, legal: nil,
                                 raisedAt: at ?? store.now(), serviceIDs: serviceIDs,
                                 backings: [(consumer.id, .mustHave, nil)])
            try store.journal(entity: .need, id: id, action: .raised, after: "by=\(consumer.id) status=collected")
            return id
        }
    }

    /// A consumer backs a need, or changes how much it needs it; journalled
    /// with the importance before. Returns the consumer's name.
    @discardableResult
    public func back(needID: Int64, organisationNumber: String, importance: Importance, useCase: String?) throws -> String {
        try store.database.inTransaction {
            let status = try needStatus(needID)
            guard status != .merged else { throw StoreError.refused(Refusal.backingMergedNeed(needID: needID)) }
            let consumer = try consumer(organisationNumber: organisationNumber)
            let before = try store.needs.backingImportance(need: needID, consumer: consumer.id)
            try store.needs.writeBacking(need: needID, consumer: consumer.id, importance: importance, useCase: useCase, at: store.now())
            try rescoreNeed(needID)
            try store.journal(entity: .need, id: needID, action: before == nil ? .backed : .backingChanged,
                        before: before.map { "consumer=\(consumer.id) importance=\($0)" },
                        after: "consumer=\(consumer.id) importance=\(importance.rawValue)" + (useCase.map { " use_case=\($0)" } ?? ""))
            return consumer.name
        }
    }

    func needStatus(_ id: Int64) throws -> NeedStatus {
        guard let status = try store.needs.status(id) else { throw StoreError.notFound(entity: .need, id: id) }
        return status
    }

    /// Records whether the segment's legal basis covers the need, with a
    /// note; journalled. Refused when the need changed since version `seenVersion`.
    public func assessLegalBasis(needID: Int64, basis: LegalBasis, note: String?, seenVersion: Int? = nil) throws {
        try store.database.inTransaction {
            try requireVersion(seenVersion, of: needID)
            guard let before = try store.needs.legal(needID) else { throw StoreError.notFound(entity: .need, id: needID) }
            try store.needs.setLegal(basis, note: note, id: needID)
            try store.journal(entity: .need, id: needID, action: .legalBasisAssessed, before: "legal=\(before ?? "none")",
                        after: "legal=\(basis.rawValue)" + (note.map { " note=\($0)" } ?? ""))
        }
    }
}

extension NeedDesk {
    /// Refuses a change made on need `id` as it was at version `seen` when
    /// someone changed it since, naming who; nil `seen` checks nothing.
    func requireVersion(_ seen: Int?, of id: Int64) throws {
        guard let version = try store.needs.version(id) else { throw StoreError.notFound(entity: .need, id: id) }
        try store.journalEntries.refuseStale(.need, id: id, version: version, seen: seen)
    }
}
