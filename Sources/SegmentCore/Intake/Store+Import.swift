/// What an import did.
public struct ImportReport: Equatable, Sendable {
    public var imported = 0
    public var duplicates = 0
    /// New incidents that joined the case of an outage the provider announced.
    public var joinedOutage = 0
    /// Bad records left out (only with skip-bad; otherwise the import is refused).
    public var skipped: [IntakeProblem] = []
}

extension Store {
    /// Imports checked incidents in one transaction. A record whose consumer
    /// or service is unknown is bad like any other; unless `skipBad`, any bad
    /// record (including those in `problems` from reading the file) refuses
    /// the whole import and nothing is written. A `(consumer, external_id)`
    /// seen before is counted as a duplicate and left alone. Each new incident
    /// gets a journal entry naming the file.
    public func importIncidents(_ records: [IncomingIncident], problems: [IntakeProblem], file: String, skipBad: Bool,
                                progress: (Int) -> Void = { _ in }) throws -> ImportReport {
        let consumers = Dictionary(uniqueKeysWithValues: try database.rows("SELECT org_number, id FROM consumers") {
            ($0.string(0), $0.int(1))
        })
        let services = Dictionary(uniqueKeysWithValues: try database.rows("SELECT key, id FROM services") {
            ($0.string(0), $0.int(1))
        })
        var bad = problems
        var matched: [(IncomingIncident, Int64, Int64)] = []
        for record in records {
            let consumer = consumers[record.organisationNumber.digits]
            let service = services[record.serviceKey]
            if consumer == nil {
                bad.append(IntakeProblem(file: file, line: record.line, field: "consumer",
                                         message: "no consumer has organisation number \(record.organisationNumber.digits)"))
            }
            if service == nil {
                let known = services.keys.sorted().joined(separator: ", ")
                bad.append(IntakeProblem(file: file, line: record.line, field: "service",
                                         message: "unknown service \"\(record.serviceKey)\"; known: \(known)"))
            }
            if let consumer, let service { matched.append((record, consumer, service)) }
        }
        bad.sort { $0.line < $1.line }
        if !bad.isEmpty && !skipBad { throw ImportRefused(problems: bad) }
        let outageServices = try servicesWithActiveOutage()
        return try database.inTransaction { try deferringIncidentFullText {
            var report = ImportReport(skipped: bad)
            for (index, (record, consumer, service)) in matched.enumerated() {
                var incident = NewIncident(externalID: record.externalID, consumerID: consumer, serviceID: service,
                                           receivedAt: record.receivedAt, title: record.title)
                incident.reporterName = record.reporterName
                incident.reporterEmail = record.reporterEmail
                incident.environment = record.environment
                incident.body = record.body
                incident.errorCode = record.errorCode
                incident.correlationID = record.correlationID
                incident.kind = record.kind
                incident.assessment = record.assessment
                guard let id = try addIncidentIfNew(incident) else {
                    report.duplicates += 1
                    continue
                }
                try journal(entity: "incident", id: id, action: "imported", after: "external_id=\(record.externalID) file=\(file)")
                report.imported += 1
                if outageServices.contains(service), try joinAnnouncedOutage(incidentID: id) != nil {
                    report.joinedOutage += 1
                }
                if index % 10_000 == 9_999 { progress(index + 1) }
            }
            return report
        } }
    }
}
