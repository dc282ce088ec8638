/// What an import did.
public struct ImportReport: Equatable, Sendable {
    public var imported = 0
    public var duplicates = 0
    /// New incidents that joined the case of an outage the provider announced.
    public var joinedOutage = 0
    /// Bad records left out (only with skip-bad; otherwise the import is refused).
    public var skipped: [IntakeProblem] = []
}

extension IntakeDesk {
    /// The page cache, in MiB, for an import: one of 100,000 incidents into a
    /// million changes some 75 MB of pages, and it should hold them all until
    /// the commit.
    static let importCacheMiB = 256

    /// Imports checked incidents in one transaction. A record whose consumer
    /// or service is unknown is bad like any other; unless `skipBad`, any bad
    /// record (including those in `problems` from reading the file) refuses
    /// the whole import and nothing is written. A `(consumer, external_id)`
    /// seen before is counted as a duplicate and left alone. The import is
    /// recorded once, with one journal entry naming the file and what came of
    /// it, and each new incident points to it.
    public func importIncidents(_ records: [IncomingIncident], problems: [IntakeProblem], file: String, skipBad: Bool,
                                progress: (Int) -> Void = { _ in }) throws -> ImportReport {
        var chunks = [IncidentChunk(records: records, problems: problems)].makeIterator()
        return try importIncidents(next: { chunks.next() }, expectedRecords: records.count, file: file, skipBad: skipBad,
                                   progress: progress)
    }

    /// Imports the chunks `next` hands over until it returns nil, as one
    /// transaction, writing each chunk while the reader prepares the next.
    /// Every problem in every chunk is collected; unless `skipBad`, any
    /// problem rolls the whole import back. With `expectedRecords` at least a
    /// quarter of the incidents already stored (and 10,000 or more), the
    /// secondary indexes are set aside and rebuilt in one pass each at the
    /// end, which beats keeping them current row by row; a smaller import
    /// into a large table keeps them current. The unique index stays (it finds
    /// duplicates), and so do the indexes of incidents in cases and of unread
    /// replies, which get no entries from an import. Incidents are written
    /// many to a statement with foreign key checks off; the consumer and
    /// service ids they refer to are read in the same transaction, so no check
    /// could fail.
    public func importIncidents(next: () -> IncidentChunk?, expectedRecords: Int, file: String, skipBad: Bool,
                                progress: (Int) -> Void = { _ in }) throws -> ImportReport {
        try store.database.withCacheSize(mebibytes: Self.importCacheMiB) { try store.database.withoutForeignKeyChecks { try store.database.inTransaction {
            let consumers = try store.consumers.idsByOrganisationNumber()
            let services = try store.knownServices()
            let stored = try store.incidents.newestID()
            let rebuildIndexes = expectedRecords >= 10_000 && Int64(expectedRecords) * 4 >= stored
            let (importID, entryID) = try recordImport(of: file)
            var report = ImportReport()
            var bad: [IntakeProblem] = []
            var seen = 0
            let untouched: Set = ["incidents_external", "incidents_case", "incidents_reply_unread"]
            try store.deferringIncidentTriggers { try store.settingIndexesAside(on: "incidents", keeping: untouched, when: rebuildIndexes) {
                while let chunk = next() {
                    bad += chunk.problems
                    var incidents: [NewIncident] = []
                    incidents.reserveCapacity(chunk.records.count)
                    for record in chunk.records {
                        let consumer = consumers[record.organisationNumber.digits]
                        let service = services[record.serviceKey]
                        if consumer == nil {
                            bad.append(IntakeProblem(file: file, line: record.line, field: "consumer",
                                                     message: Refusal.noConsumer(organisationNumber: record.organisationNumber.digits).description))
                        }
                        if service == nil {
                            bad.append(IntakeProblem(file: file, line: record.line, field: "service",
                                                     message: services.unknown(record.serviceKey).description))
                        }
                        guard let consumer, let service, skipBad || bad.isEmpty else { continue }
                        incidents.append(NewIncident(record, consumerID: consumer, serviceID: service, importID: importID))
                    }
                    let added = try addIncidentsIfNew(incidents[...])
                    report.imported += added
                    report.duplicates += incidents.count - added
                    seen += chunk.records.count
                    progress(seen)
                }
            } }
            report.joinedOutage = try absorbIntoAnnouncedOutages(addedAfter: stored)
            bad = try ImportRefused.skipping(bad, skipBad: skipBad)
            report.skipped = bad
            let skipped = bad.isEmpty ? "" : " skipped=\(bad.count)"
            try store.journalEntries.setAfter("file=\(file) added=\(report.imported) duplicates=\(report.duplicates)\(skipped)", entryID: entryID)
            try store.journalEntries.reseal(from: entryID)
            return report
        } } }
    }

    /// Records an import of `file` and its journal entry, written first so
    /// that it comes before any entry about what the import's incidents led
    /// to; the entry's counts are filled in at the end. Returns both ids.
    private func recordImport(of file: String) throws -> (importID: Int64, entryID: Int64) {
        let importID = try store.incidents.recordImport(of: file)
        try store.journal(entity: .import, id: importID, action: .imported, after: "file=\(file)")
        return (importID, try store.journalEntries.newestEntry())
    }
}

extension NewIncident {
    /// An imported record as it enters the store, with the ids its
    /// organisation number and service key were matched to.
    init(_ record: IncomingIncident, consumerID: Int64, serviceID: Int64, importID: Int64) {
        self.init(externalID: record.externalID, consumerID: consumerID, serviceID: serviceID, receivedAt: record.receivedAt,
                  title: record.title)
        receivedFraction = record.receivedFraction
        reporterName = record.reporterName
        reporterEmail = record.reporterEmail
        environment = record.environment
        body = record.body
        errorCode = record.errorCode
        correlationID = record.correlationID
        kind = record.kind
        assessment = record.assessment
        self.importID = importID
    }
}
