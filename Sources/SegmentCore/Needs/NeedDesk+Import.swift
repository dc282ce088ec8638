/// What an import of needs or backings did.
public struct NeedImportReport: Equatable, Sendable {
    public var imported = 0
    /// Needs already there (same title, same consumer); backings that
    /// changed one already given count as `updated`.
    public var duplicates = 0
    public var updated = 0
    public var skipped: [IntakeProblem] = []
}

extension NeedDesk {
    /// Imports needs in one transaction, each backed by the consumer that
    /// raised it as a must have. A record naming an unknown consumer or
    /// service is bad; unless `skipBad`, a bad record refuses the file. A need
    /// with the title of one the same consumer raised before is a duplicate.
    public func importNeeds(_ contents: IntakeChunk<IncomingNeed>, file: String, skipBad: Bool) throws -> NeedImportReport {
        let services = try store.knownServices()
        var bad = contents.problems
        var matched: [(IncomingNeed, Int64, [Int64])] = []
        for record in contents.records {
            var fine = true
            let consumer = try store.consumers.id(organisationNumber: record.raisedBy.digits)
            if consumer == nil {
                fine = false
                bad.append(IntakeProblem(file: file, line: record.line, field: "raised_by",
                                         message: Refusal.noConsumer(organisationNumber: record.raisedBy.digits).description))
            }
            for key in record.serviceKeys where services[key] == nil {
                fine = false
                bad.append(IntakeProblem(file: file, line: record.line, field: "services", message: services.unknown(key).description))
            }
            if fine, let consumer { matched.append((record, consumer, record.serviceKeys.compactMap { services[$0] })) }
        }
        bad = try ImportRefused.skipping(bad, skipBad: skipBad)
        return try store.database.inTransaction {
            var report = NeedImportReport(skipped: bad)
            for (record, consumer, serviceIDs) in matched {
                if try store.needs.raised(by: consumer, title: record.title) {
                    report.duplicates += 1
                    continue
                }
                let id = try addNeed(title: record.title, description: record.description, raisedBy: consumer, status: .collected,
                                     legal: nil, raisedAt: record.raisedAt ?? store.now(), serviceIDs: serviceIDs,
                                     backings: [(consumer, .mustHave, nil)])
                try store.journal(entity: .need, id: id, action: .imported, after: "file=\(file) by=\(consumer)")
                report.imported += 1
            }
            return report
        }
    }

    /// Imports backings in one transaction: a consumer backs a need once,
    /// so a second backing updates the first. A record naming an unknown or
    /// merged need or an unknown consumer is bad.
    public func importBackings(_ contents: IntakeChunk<IncomingBacking>, file: String, skipBad: Bool) throws -> NeedImportReport {
        var bad = contents.problems
        var matched: [(IncomingBacking, Int64)] = []
        for record in contents.records {
            let status = try store.needs.status(record.needID)
            if status == nil {
                bad.append(IntakeProblem(file: file, line: record.line, field: "need", message: localized("no need #{1}", record.needID)))
                continue
            }
            if status == .merged {
                bad.append(IntakeProblem(file: file, line: record.line, field: "need",
                                         message: localized("need #{1} is merged; back the need it joined", record.needID)))
                continue
            }
            guard let consumer = try store.consumers.id(organisationNumber: record.organisationNumber.digits) else {
                bad.append(IntakeProblem(file: file, line: record.line, field: "org_number",
                                         message: Refusal.noConsumer(organisationNumber: record.organisationNumber.digits).description))
                continue
            }
            matched.append((record, consumer))
        }
        bad = try ImportRefused.skipping(bad, skipBad: skipBad)
        return try store.database.inTransaction {
            var report = NeedImportReport(skipped: bad)
            var touched = Set<Int64>()
            for (record, consumer) in matched {
                let existed = try store.needs.backingImportance(need: record.needID, consumer: consumer) != nil
                try store.needs.writeBacking(need: record.needID, consumer: consumer, importance: record.importance, useCase: record.useCase,
                                 at: store.now())
                if existed { report.updated += 1 } else { report.imported += 1 }
                touched.insert(record.needID)
            }
            for need in touched.sorted() {
                try rescoreNeed(need)
                try store.journal(entity: .need, id: need, action: .backingsImported, after: "file=\(file)")
            }
            return report
        }
    }
}
