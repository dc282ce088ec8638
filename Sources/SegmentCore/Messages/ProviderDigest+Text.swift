extension ProviderDigest {
    /// The digest as plain text for a person in `language`: a terminal, a pipe or a mail.
    public func text(in language: Language) -> String {
        let none = "  " + language.text("none")
        var lines = [language.text("Segment digest for {1}, {2} ({3})", providerName,
                                   MessageTime.moment(generatedAt, language), language.counted(days, "the last day", "the last {1} days")), ""]
        lines += [language.text("Open cases, by consumers affected"), ""]
        lines += cases.isEmpty ? [none] : cases.map { item in
            let held = item.daysAtProvider.map { language.text("{1} d at the provider", $0) } ?? language.text("not yet forwarded")
            return "  SEG-C\(item.id)  " + language.text("{1} consumers", language.number(item.consumers))
                + "  \(item.service)  \(language.text(item.status.rawValue)), \(held)\n      \(item.title)"
        }
        lines += ["", language.text("The segment's top needs"), ""]
        lines += needs.isEmpty ? [none] : needs.enumerated().map { rank, need in
            "  \(rank + 1). \(need.title)  " + language.text("(score {1}, {2}, {3}, SEG-B{4})", need.score,
                                                             language.counted(need.backers, "{1} backer", "{1} backers"),
                                                             language.text(need.status.label), need.id)
        }
        lines += ["", language.text("Breaking changes the segment is not ready for"), ""]
        lines += notices.isEmpty ? [none] : notices.map { notice in
            "  SEG-N\(notice.id)  " + language.text("{1} of {2} not ready", notice.notReady, notice.audience)
                + (notice.deadline.map { ", " + language.text("deadline {1}", MessageTime.day($0, language)) } ?? "")
                + "\n      \(notice.title)"
        }
        lines += ["", language.counted(days, "Per service, the last day", "Per service, the last {1} days"), ""]
        lines += services.map { service in
            let median = service.medianToForwarding.map { language.text("median {1} from first report to you", Self.duration($0, language)) }
                ?? language.text("no case forwarded")
            return "  \(service.service.padding(toLength: 26, withPad: " ", startingAt: 0)) "
                + language.text("{1} incidents, {2}", language.number(service.incidents), median)
        }
        lines += ["", language.text("Your targets on the cases forwarded to you: {1}", providerTargets.text(in: language))]
        return lines.joined(separator: "\n") + "\n"
    }

    /// "45 min", "3.5 h", "2.0 d" (bokmål: "3,5 t", "2,0 d").
    static func duration(_ seconds: Int64, _ language: Language) -> String {
        if seconds < 3_600 { return "\(max(0, seconds) / 60) min" }
        if seconds < 86_400 { return language.decimal(Double(seconds) / 3_600) + (language == .bokmal ? " t" : " h") }
        return language.decimal(Double(seconds) / 86_400) + " d"
    }
}

extension Store {
    /// Queues the digest to the provider's address (the configured one, else
    /// the registered); journalled.
    @discardableResult
    public func sendDigest(_ digest: ProviderDigest) throws -> String {
        guard let provider = try providers.first() else { throw StoreError.refused(Refusal.noProvider) }
        let address = policy.providerAddress(key: provider.key, registered: provider.email)
        try database.inTransaction {
            try outbox.queue(to: address, subject: provider.language.counted(digest.days, "Segment digest, the last day", "Segment digest, the last {1} days"),
                             body: digest.text(in: provider.language),
                             entity: .provider, entityID: provider.id)
            try journal(entity: .provider, id: provider.id, action: .digestSent, after: "to=\(address) days=\(digest.days)")
        }
        return address
    }
}
