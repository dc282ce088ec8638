/// What a notice import did.
public struct NoticeImportReport: Equatable, Sendable {
    public var imported = 0
    public var duplicates = 0
    /// Consumers the new notices reach, counted once per notice.
    public var consumersReached = 0
    public var skipped: [IntakeProblem] = []
}

extension Store {
    /// Imports provider notices in one transaction. Each reaches the consumers
    /// that use any of its services, whose acknowledgements the notices pane
    /// then counts. A notice with the same provider, kind, title and
    /// effective time as one stored is a duplicate and left alone. Unless
    /// `skipBad`, any bad record refuses the whole import.
    public func importNotices(_ contents: IntakeChunk<IncomingNotice>, file: String, skipBad: Bool) throws -> NoticeImportReport {
        let providers = Dictionary(uniqueKeysWithValues: try database.rows("SELECT key, id FROM providers") { ($0.string(0), $0.int(1)) })
        let services = try knownServices()
        var bad = contents.problems
        var matched: [(IncomingNotice, Int64, [Int64])] = []
        for notice in contents.records {
            var fine = true
            if providers[notice.providerKey] == nil {
                fine = false
                bad.append(IntakeProblem(file: file, line: notice.line, field: "provider", message:
                    "unknown provider \"\(notice.providerKey)\"; known: \(providers.keys.sorted().joined(separator: ", "))"))
            }
            for key in notice.serviceKeys where services[key] == nil {
                fine = false
                bad.append(IntakeProblem(file: file, line: notice.line, field: "services", message: services.unknown(key)))
            }
            if fine { matched.append((notice, providers[notice.providerKey]!, notice.serviceKeys.compactMap { services[$0] })) }
        }
        bad = try ImportRefused.skipping(bad, skipBad: skipBad)
        return try database.inTransaction {
            var report = NoticeImportReport(skipped: bad)
            for (notice, provider, serviceIDs) in matched {
                if try database.first("""
                    SELECT 1 FROM change_notices WHERE provider_id = ? AND kind = ? AND title = ? AND effective_at = ?
                    """, [.integer(provider), .text(notice.kind.rawValue), .text(notice.title), .integer(notice.effectiveAt)],
                    { $0.int(0) }) != nil {
                    report.duplicates += 1
                    continue
                }
                let placeholders = Array(repeating: "?", count: serviceIDs.count).joined(separator: ", ")
                // Offboarded consumers are no longer the segment's: they hear nothing.
                let consumers = try database.rows("""
                    SELECT DISTINCT cs.consumer_id FROM consumer_services cs JOIN consumers c ON c.id = cs.consumer_id
                    WHERE cs.service_id IN (\(placeholders)) AND c.stage != 'offboarded' ORDER BY cs.consumer_id
                    """, serviceIDs.map(SQLValue.integer)) { $0.int(0) }
                let active = notice.endsAt.map { $0 >= now() } ?? true
                let id = try addNotice(providerID: provider, kind: notice.kind, title: notice.title, body: notice.body,
                                       breaking: notice.breaking, publishedAt: notice.publishedAt ?? now(),
                                       effectiveAt: notice.effectiveAt, endsAt: notice.endsAt, deadline: notice.deadline,
                                       active: active, serviceIDs: serviceIDs, consumerIDs: consumers, acknowledged: [:])
                try journal(entity: "notice", id: id, action: "imported", after: "file=\(file) consumers=\(consumers.count)")
                report.imported += 1
                report.consumersReached += consumers.count
            }
            return report
        }
    }
}
