/// What a notice import did.
public struct NoticeImportReport: Equatable, Sendable {
    public var imported = 0
    public var duplicates = 0
    /// Consumers the new notices would reach, counted once per notice.
    public var consumersReached = 0
    /// Notices published at once (`"publish": true`) and the messages that queued.
    public var published = 0
    public var messagesQueued = 0
    /// Notices marked to be published that stay drafts: no consumer is in
    /// their audience yet (none using their services at a receiving stage).
    public var leftAsDrafts: [Int64] = []
    public var skipped: [IntakeProblem] = []
}

extension NoticeDesk {
    /// Imports notices in one transaction, each a draft whose audience is
    /// worked out now (`NoticeAudience`) for the operator to review and
    /// publish; a record with `publish` is published at once. A notice with the same provider, kind, title and
    /// effective time as one stored is a duplicate and left alone. Unless
    /// `skipBad`, any bad record refuses the whole import.
    public func importNotices(_ contents: IntakeChunk<IncomingNotice>, file: String, skipBad: Bool) throws -> NoticeImportReport {
        let providers = try store.notices.providerIDs()
        let services = try store.knownServices()
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
                bad.append(IntakeProblem(file: file, line: notice.line, field: "services", message: services.unknown(key).description))
            }
            if fine { matched.append((notice, providers[notice.providerKey]!, notice.serviceKeys.compactMap { services[$0] })) }
        }
        bad = try ImportRefused.skipping(bad, skipBad: skipBad)
        return try store.database.inTransaction {
            var report = NoticeImportReport(skipped: bad)
            for (notice, provider, serviceIDs) in matched {
                if try store.notices.exists(providerID: provider, kind: notice.kind, title: notice.title, effectiveAt: notice.effectiveAt) {
                    report.duplicates += 1
                    continue
                }
                let audience = NoticeAudience(serviceIDs: serviceIDs, environment: notice.environment, stages: notice.stages)
                let consumers = try store.notices.consumers(in: audience)
                let id = try store.addNotice(providerID: provider, kind: notice.kind, title: notice.title, body: notice.body,
                                       breaking: notice.breaking, announcedAt: notice.announcedAt ?? store.now(), publishedAt: nil,
                                       effectiveAt: notice.effectiveAt, endsAt: notice.endsAt, deadline: notice.deadline,
                                       environment: notice.environment, serviceIDs: serviceIDs, consumerIDs: consumers,
                                       acknowledged: [:])
                try store.journal(entity: .notice, id: id, action: .imported, after: "file=\(file) audience=\(consumers.count) status=draft")
                if notice.publish && consumers.isEmpty {
                    report.leftAsDrafts.append(id)
                } else if notice.publish {
                    report.messagesQueued += try publishNotice(id: id)
                    report.published += 1
                }
                report.imported += 1
                report.consumersReached += consumers.count
            }
            return report
        }
    }
}
