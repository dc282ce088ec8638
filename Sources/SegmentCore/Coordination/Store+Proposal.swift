extension Store {
    /// The plain-text draft of a proposal to the responsible ministry for a
    /// need the segment's legal basis does not cover: the need, the use
    /// cases in the consumers' own words, the backers by importance (names
    /// and organisation numbers), the legal note and the provider's
    /// position, ready to edit and send. Journalled as drafted. Refused for
    /// a need not assessed `not_covered`.
    public func proposal(needID: Int64) throws -> String {
        let detail = try need(id: needID)
        guard detail.row.legal == .notCovered else {
            throw StoreError.invalid(localized("need #{1} is {2}; a proposal is for a need the legal basis does not cover (:legal not_covered NOTE)", needID, detail.row.legal.map { localized("assessed {1}", $0.rawValue) } ?? localized("not assessed")))
        }
        let backers = try database.rows("""
            SELECT c.name, c.org_number, b.importance, b.use_case FROM need_backings b JOIN consumers c ON c.id = b.consumer_id
            WHERE b.need_id = ? ORDER BY b.importance, c.sort_name
            """, [.integer(needID)]) {
            (name: UntrustedText.line($0.string(0)), number: $0.string(1), importance: Importance(rawValue: $0.integer(2)) ?? .important,
             useCase: $0.optionalString(3).map(UntrustedText.line))
        }
        var text = [
            "Proposal: \(UntrustedText.line(detail.row.title))",
            "From the segment coordinator, on behalf of \(backers.count) consumers (ref. SEG-B\(needID))",
            "Drafted \(Timestamps.iso(now()))",
            "",
            "1. What the segment needs",
            "",
        ] + UntrustedText.lines(detail.description)
        text += ["", "Services concerned: " + (detail.services.isEmpty ? "-" : detail.services.joined(separator: ", ")), "",
                 "2. Why: the consumers' use cases, in their words", ""]
        let useCases = backers.compactMap { backer in backer.useCase.map { "- \($0) (\(backer.name))" } }
        text += useCases.isEmpty ? ["- (none given)"] : useCases
        text += ["", "3. Who needs it", ""]
        for importance in Importance.allCases {
            let group = backers.filter { $0.importance == importance }
            guard !group.isEmpty else { continue }
            text.append("\(importance.label.prefix(1).uppercased() + importance.label.dropFirst()) (\(group.count)):")
            text += group.map { "- \($0.name), org. no. \(OrganisationNumber.grouped($0.number))" }
            text.append("")
        }
        text += ["4. The legal basis today", "",
                 "Assessed: not covered by the segment's present legal basis." + (detail.legalNote.map { " \(UntrustedText.line($0))" } ?? ""),
                 "", "5. The provider's position", "",
                 detail.decisionReference.map { "The provider has \(detail.row.status.label) it (reference \(UntrustedText.line($0)))." }
                    ?? "Status with the provider: \(detail.row.status.label).",
                 "", "6. What we propose", "", "[To be written: the change to the regulation that would give the legal basis.]", ""]
        try journal(entity: "need", id: needID, action: "proposal drafted", after: "backers=\(backers.count)")
        return text.joined(separator: "\n")
    }
}
