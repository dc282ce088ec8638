/// A change or outage notice from a provider as an intake file describes it,
/// checked field by field but not yet matched against providers and services.
public struct IncomingNotice: Equatable, Sendable {
    public var line: Int
    public var providerKey: String
    public var kind: NoticeKind
    public var title: String
    public var body: String
    public var serviceKeys: [String]
    public var breaking: Bool
    public var publishedAt: Int64?
    public var effectiveAt: Int64
    public var endsAt: Int64?
    public var deadline: Int64?

    /// Checks one record (names as in the JSON Lines format) and collects every problem.
    public static func check(_ fields: [String: FieldValue], line: Int, file: String) -> RecordCheck<IncomingNotice> {
        var reader = FieldReader(fields, line: line, file: file)
        let provider = reader.text("provider", required: true)
        var kind: NoticeKind?
        if let value = reader.text("kind", required: true) {
            kind = value == "outage" ? .deviation : NoticeKind(rawValue: value)
            if kind == nil {
                let kinds = NoticeKind.allCases.map(\.rawValue).joined(separator: ", ")
                reader.problem("kind", "expected one of \(kinds) (or outage), got \"\(value)\"")
            }
        }
        let title = reader.line("title", required: true)
        let body = reader.text("body", required: false) ?? ""
        if body.utf8.count > IncomingIncident.maximumBodyBytes { reader.problem("body", "is longer than 1 MB") }
        let services = reader.words("services", required: true)
        let breaking = reader.flag("breaking", fallback: false)
        let publishedAt = reader.time("published_at", required: false)
        let effectiveAt = reader.time("effective_at", required: true)
        let endsAt = reader.time("ends_at", required: false)
        let deadline = reader.time("deadline", required: false)
        if let effectiveAt, let endsAt, endsAt < effectiveAt { reader.problem("ends_at", "is before effective_at") }
        guard reader.problems.isEmpty, let provider, let kind, let title, let effectiveAt else { return .bad(reader.problems) }
        return .good(IncomingNotice(line: line, providerKey: provider, kind: kind, title: title, body: body,
                                    serviceKeys: services, breaking: breaking, publishedAt: publishedAt,
                                    effectiveAt: effectiveAt, endsAt: endsAt, deadline: deadline))
    }
}

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
        let services = Dictionary(uniqueKeysWithValues: try database.rows(
            "SELECT key, id FROM services WHERE key != ?", [.text(Self.unsortedServiceKey)]) { ($0.string(0), $0.int(1)) })
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
                bad.append(IntakeProblem(file: file, line: notice.line, field: "services", message:
                    "unknown service \"\(key)\"; known: \(services.keys.sorted().joined(separator: ", "))"))
            }
            if fine { matched.append((notice, providers[notice.providerKey]!, notice.serviceKeys.compactMap { services[$0] })) }
        }
        bad.sort { $0.line < $1.line }
        if !bad.isEmpty && !skipBad { throw ImportRefused(problems: bad) }
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
                let consumers = try database.rows("""
                    SELECT DISTINCT consumer_id FROM consumer_services WHERE service_id IN (\(placeholders)) ORDER BY consumer_id
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
