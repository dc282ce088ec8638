extension DemoGenerator {
    /// What the banks say they need a change for, in their own words.
    private static let useCases = [
        "Raskere kredittvurdering ved refinansiering",
        "Færre manuelle kontroller av selvstendig næringsdrivende",
        "Kunden slipper å laste opp dokumentasjon selv",
        "Kravet i utlånsforskriften om betjeningsevne",
        "Mindre svindel med falske lønnsslipper",
    ]

    /// The segment's needs, each raised by one consumer and backed by
    /// others with their importance and use case; some assessed for legal
    /// basis, one merged into another.
    mutating func addNeeds() throws {
        let statuses = NeedStatus.allCases.filter { $0 != .merged }
        for (index, title) in DemoVocabulary.needs.enumerated() {
            let backers = consumers.shuffled(using: &random).prefix(random.int(1...min(45, consumers.count)))
            let status = random.pick(statuses)
            let raisedAt = now - Int64(random.int(1...300)) * Self.day
            let legal: LegalBasis? = title.contains("hjemmel") || index % 7 == 0 ? .notCovered
                : index % 5 == 0 ? .unclear : index % 2 == 0 ? .covered : nil
            let id = try store.needDesk.addNeed(
                title: title, description: "\(title). Beskrevet av segmentet for tilbyder.",
                raisedBy: backers.first, status: status, legal: legal, raisedAt: raisedAt,
                serviceIDs: [services[index % services.count]],
                backings: backers.map { consumer in
                    (consumer, Importance(rawValue: random.int(1...3))!, random.chance(0.6) ? random.pick(Self.useCases) : nil)
                })
            try journalEntry(at: raisedAt, who: random.pick(Self.operators), entity: .need, id: id, action: .raised,
                             before: nil, after: "status=\(status.rawValue)")
        }
    }
}
