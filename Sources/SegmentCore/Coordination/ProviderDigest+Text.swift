extension ProviderDigest {
    /// The digest as plain text for a person: a terminal, a pipe or a mail.
    public var text: String {
        var lines = ["Segment digest for \(providerName), \(Timestamps.iso(generatedAt)) (the last \(days) days)", ""]
        lines += ["Open cases, by consumers affected", ""]
        lines += cases.isEmpty ? ["  none"] : cases.map { item in
            let held = item.daysAtProvider.map { "\($0) d at the provider" } ?? "not yet forwarded"
            return "  SEG-C\(item.id)  \(item.consumers) consumers  \(item.service)  \(item.status.rawValue), \(held)\n      \(item.title)"
        }
        lines += ["", "The segment's top needs", ""]
        lines += needs.isEmpty ? ["  none"] : needs.enumerated().map { rank, need in
            "  \(rank + 1). \(need.title)  (score \(need.score), \(need.backers) backers, \(need.status.label), SEG-B\(need.id))"
        }
        lines += ["", "Breaking changes the segment is not ready for", ""]
        lines += notices.isEmpty ? ["  none"] : notices.map { notice in
            "  SEG-N\(notice.id)  \(notice.notReady) of \(notice.audience) not ready"
                + (notice.deadline.map { ", deadline \(Timestamps.iso($0))" } ?? "") + "\n      \(notice.title)"
        }
        lines += ["", "Per service, the last \(days) days", ""]
        lines += services.map { service in
            let median = service.medianToForwarding.map { "median \(Self.duration($0)) from first report to you" }
                ?? "no case forwarded"
            return "  \(service.service.padding(toLength: 26, withPad: " ", startingAt: 0)) \(service.incidents) incidents, \(median)"
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "45 min", "3.5 h", "2.0 d".
    static func duration(_ seconds: Int64) -> String {
        if seconds < 3_600 { return "\(max(0, seconds) / 60) min" }
        if seconds < 86_400 { return String(format: "%.1f h", Double(seconds) / 3_600) }
        return String(format: "%.1f d", Double(seconds) / 86_400)
    }
}

extension Store {
    /// Queues the digest to the provider's address (the configured one, else
    /// the registered); journalled.
    @discardableResult
    public func sendDigest(_ digest: ProviderDigest) throws -> String {
        guard let provider = try database.first("SELECT id, key, email FROM providers ORDER BY id LIMIT 1", [], {
            (id: $0.int(0), key: $0.string(1), email: $0.string(2))
        }) else { throw StoreError.invalid("no provider is registered; segdesk import services first") }
        let address = policy.providerAddress(key: provider.key, registered: provider.email)
        try database.inTransaction {
            try queueMessage(to: address, subject: "Segment digest, the last \(digest.days) days", body: digest.text,
                             entity: "provider", entityID: provider.id)
            try journal(entity: "provider", id: provider.id, action: "digest sent", after: "to=\(address) days=\(digest.days)")
        }
        return address
    }
}
