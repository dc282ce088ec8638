extension Store {
    /// One screenful of the incidents pane. With a filter, the matches come
    /// from the full-text index latest recorded first, streamed in its own
    /// order, so a filter matching most of a million incidents costs the same
    /// as one matching a few.
    public func incidents(anchor: WindowAnchor, limit: Int, filter: String = "") throws -> [IncidentRow] {
        try incidents.window(anchor: anchor, limit: limit, match: try fullTextMatch(for: filter))
    }

    /// How many incidents the pane holds, and how many match `filter`,
    /// counting at most `limit` + 1 matches so a broad filter stays cheap.
    /// The whole is the sum of the per-day counts the triggers keep (a few
    /// hundred rows): counting a million incidents read 2,000 index pages
    /// before the first frame.
    public func incidentCount(filter: String = "", limit: Int = Int(Int32.max)) throws -> Int {
        try incidents.count(match: try fullTextMatch(for: filter), limit: limit)
    }

    /// The header's counts, each read from counts the triggers keep or from
    /// a partial or covering index.
    public func overview() throws -> Overview {
        var overview = try OverviewRepository(database: database).counts(at: now(), unsortedServiceKey: Self.unsortedServiceKey)
        overview.currentAgreement = try agreements.currentVersion()
        overview.proposals = try groupingProposals()
        overview.readOnly = isReadOnly
        overview.databasePath = path
        return overview
    }

    /// An incident with its case, reporter and text.
    public func incident(id: Int64) throws -> IncidentDetail {
        guard var detail = try incidents.detail(id: id) else { throw StoreError.notFound(entity: .incident, id: id) }
        if detail.row.errorCode != nil {
            detail.consumersWithSameFault = try consumersWithSameFault(as: id)
            detail.sameFaultWindow = policy.grouping.window
        } else {
            detail.possiblySame = try possiblySame(as: id)
        }
        detail.replies = try triageDesk.receivedMessages(incidentID: id)
        detail.messagesSent = try correspondence.sent(about: .incident, id: id, limit: ConsumerDesk.recordMessages)
        if detail.row.status.isOpen { detail.articleProposals = try knowledgeDesk.proposals(incidentID: id) }
        return detail
    }
}
