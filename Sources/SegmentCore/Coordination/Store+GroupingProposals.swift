extension Store {
    /// Fingerprints that at least `policy.grouping.minimumConsumers` distinct consumers
    /// reported within the window before now, in open incidents outside any
    /// case, that no open provider case covers. Read through the index on
    /// received_at, so only the last hour's reports are looked at (left to
    /// itself the planner walks the fingerprint index for the GROUP BY:
    /// 100 ms at a million incidents instead of 1).
    public func groupingProposals() throws -> [GroupingProposal] {
        try incidents.ungroupedFaults(since: now() - policy.grouping.window, except: Self.unsortedServiceKey,
                                      minimumConsumers: policy.grouping.minimumConsumers).map {
            GroupingProposal(serviceID: $0.service, serviceKey: $0.serviceKey,
                             environment: ServiceEnvironment(rawValue: $0.environment) ?? .production,
                             errorCode: $0.code, consumers: $0.consumers, reports: $0.reports, window: policy.grouping.window)
        }
    }

    /// How many distinct consumers reported an incident's fingerprint within
    /// the window either side of it (the incident's own consumer included).
    public func consumersWithSameFault(as id: Int64) throws -> Int {
        try incidents.consumersWithSameFault(as: id, within: policy.grouping.window)
    }
}
