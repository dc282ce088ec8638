/// What an agreement or acceptance import did.
public struct AgreementImportReport: Equatable, Sendable {
    public var imported = 0
    public var duplicates = 0
    public var skipped: [IntakeProblem] = []
}

extension AgreementDesk {
    /// Imports agreement versions in one transaction; a version already
    /// known is a duplicate. Unless `skipBad`, a bad record refuses it all.
    public func importAgreements(_ contents: IntakeChunk<IncomingAgreement>, file: String,
                                 skipBad: Bool) throws -> AgreementImportReport {
        try store.role.permit(.changeAgreements, path: store.path)
        let bad = try ImportRefused.skipping(contents.problems, skipBad: skipBad)
        return try store.database.inTransaction {
            var report = AgreementImportReport(skipped: bad)
            for record in contents.records {
                if try store.agreements.exists(record.version) {
                    report.duplicates += 1
                    continue
                }
                try store.agreements.add(version: record.version, title: record.title, effectiveAt: record.effectiveAt,
                                   reference: record.reference, publishedAt: record.publishedAt ?? store.now(), acceptBy: record.acceptBy)
                try store.journal(entity: .agreement, id: Int64(record.version), action: .imported,
                            after: "file=\(file) title=\(record.title)")
                report.imported += 1
            }
            return report
        }
    }

    /// Imports acceptances in one transaction: each names a registered
    /// consumer and a known version (else the record is bad); one already
    /// recorded is a duplicate.
    public func importAcceptances(_ contents: IntakeChunk<IncomingAcceptance>, file: String,
                                  skipBad: Bool) throws -> AgreementImportReport {
        try store.role.permit(.changeAgreements, path: store.path)
        var bad = contents.problems
        var consumers: [Int: Int64] = [:]
        for record in contents.records {
            if let id = try store.consumers.id(organisationNumber: record.organisationNumber.digits) {
                consumers[record.line] = id
            } else {
                bad.append(IntakeProblem(file: file, line: record.line, field: "org_number",
                                         message: Refusal.noConsumer(organisationNumber: record.organisationNumber.digits).description))
            }
            if try !store.agreements.exists(record.version) {
                bad.append(IntakeProblem(file: file, line: record.line, field: "version",
                                         message: localized("no agreement version {1}; import agreements first", record.version)))
            }
        }
        bad = try ImportRefused.skipping(bad, skipBad: skipBad)
        let badLines = Set(bad.map(\.line))
        return try store.database.inTransaction {
            var report = AgreementImportReport(skipped: bad)
            for record in contents.records where !badLines.contains(record.line) {
                guard let consumer = consumers[record.line] else { continue }
                if try recordAcceptance(consumerID: consumer, version: record.version, at: record.acceptedAt,
                                        by: record.acceptedBy, note: "file=\(file)") {
                    report.imported += 1
                } else {
                    report.duplicates += 1
                }
            }
            return report
        }
    }
}
