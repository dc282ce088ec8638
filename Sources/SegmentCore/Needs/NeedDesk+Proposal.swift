extension NeedDesk {
    /// The plain-text draft of a proposal to the responsible ministry for a
    /// need the segment's legal basis does not cover: the need, the use
    /// cases in the consumers' own words, the backers by importance (names
    /// and organisation numbers), the legal note and the provider's
    /// position, ready to edit and send. Journalled as drafted. Refused for
    /// a need not assessed `not_covered`.
    public func proposal(needID: Int64) throws -> String {
        let detail = try need(id: needID)
        guard detail.row.legal == .notCovered else {
            throw StoreError.refused(.proposalNeedsNotCovered(needID: needID, legal: detail.row.legal))
        }
        let backers = try store.needs.backers(need: needID)
        let proposal = MinistryProposal(needID: needID, title: detail.row.title, description: detail.description, services: detail.services,
                                        backers: backers, legalNote: detail.legalNote, status: detail.row.status,
                                        decisionReference: detail.decisionReference, draftedAt: store.now())
        try store.journal(entity: .need, id: needID, action: .proposalDrafted, after: "backers=\(backers.count)")
        return proposal.text(in: Language.interface)
    }
}
