/// What a consumer import did.
public struct ConsumerImportReport: Equatable, Sendable {
    public var imported = 0
    public var updated = 0
    public var duplicates = 0
    public var skipped: [IntakeProblem] = []
}

extension ConsumerDesk {
    /// Imports consumers in one transaction. An organisation number already
    /// registered is a duplicate and left alone (also within one file),
    /// unless `update`: then the fields the record gives change, journalled
    /// with before and after. Unless `skipBad`, any bad record refuses the
    /// whole import.
    public func importConsumers(_ contents: IntakeChunk<IncomingConsumer>, file: String, skipBad: Bool,
                                update: Bool = false) throws -> ConsumerImportReport {
        let services = try store.knownServices()
        var bad = contents.problems
        for consumer in contents.records {
            for key in consumer.serviceKeys where services[key] == nil {
                bad.append(IntakeProblem(file: file, line: consumer.line, field: "services", message: services.unknown(key).description))
            }
        }
        bad = try ImportRefused.skipping(bad, skipBad: skipBad)
        let badLines = Set(bad.map(\.line))
        return try store.database.inTransaction {
            var report = ConsumerImportReport(skipped: bad)
            for consumer in contents.records where !badLines.contains(consumer.line) {
                if let existing = try store.consumers.id(organisationNumber: consumer.organisationNumber.digits) {
                    if update, try updateConsumer(id: existing, to: consumer, services: services.ids, file: file) {
                        report.updated += 1
                    } else {
                        report.duplicates += 1
                    }
                    continue
                }
                let id = try store.addConsumer(NewConsumer(
                    organisationNumber: consumer.organisationNumber, name: consumer.name,
                    technicalOperator: consumer.operatorNumber.flatMap { number in consumer.operatorName.map { (number, $0) } },
                    mailDomain: consumer.mailDomain, stage: consumer.stage, contacts: consumer.contacts,
                    serviceIDs: consumer.serviceKeys.compactMap { services[$0] }, language: consumer.language))
                try store.journal(entity: .consumer, id: id, action: .imported,
                            after: "file=\(file) stage=\(consumer.stage.rawValue)")
                if let declared = consumer.legalDeclaredAt, let reference = consumer.legalReference {
                    try recordLegalDeclaration(consumerID: id, declaredAt: declared, reference: reference)
                }
                report.imported += 1
            }
            return report
        }
    }
}
