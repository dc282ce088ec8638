extension Store {
    /// Fingerprints that at least `policy.grouping.minimumConsumers` distinct consumers
    /// reported within the window before now, in open incidents outside any
    /// case, that no open provider case covers. Read through the index on
    /// received_at, so only the last hour's reports are looked at (left to
    /// itself the planner walks the fingerprint index for the GROUP BY:
    /// 100 ms at a million incidents instead of 1).
    public func groupingProposals() throws -> [GroupingProposal] {
        try database.rows("""
            SELECT i.service_id, s.key, i.environment, i.error_code, count(DISTINCT i.consumer_id), count(*)
            FROM incidents i INDEXED BY incidents_received JOIN services s ON s.id = i.service_id
            WHERE i.received_at >= ? AND i.error_code IS NOT NULL AND i.case_id IS NULL AND i.sort_group < \(IncidentOrder.doneGroup)
              AND i.consumer_id IS NOT NULL AND s.key != ?
              AND NOT EXISTS (SELECT 1 FROM provider_cases pc WHERE pc.sort_group = 0 AND pc.service_id = i.service_id
                              AND pc.environment = i.environment AND pc.error_code = i.error_code)
            GROUP BY i.service_id, i.environment, i.error_code
            HAVING count(DISTINCT i.consumer_id) >= ?
            ORDER BY count(DISTINCT i.consumer_id) DESC
            """, [.integer(now() - policy.grouping.window), .text(Self.unsortedServiceKey),
                  .integer(Int64(policy.grouping.minimumConsumers))]) {
            GroupingProposal(serviceID: $0.int(0), serviceKey: $0.string(1),
                             environment: ServiceEnvironment(rawValue: $0.string(2)) ?? .production,
                             errorCode: $0.string(3), consumers: $0.integer(4), reports: $0.integer(5),
                             window: policy.grouping.window)
        }
    }

    /// How many distinct consumers reported an incident's fingerprint within
    /// the window either side of it (the incident's own consumer included).
    public func consumersWithSameFault(as id: Int64) throws -> Int {
        try database.scalar("""
            SELECT count(DISTINCT o.consumer_id) FROM incidents i JOIN incidents o
              ON o.service_id = i.service_id AND o.environment = i.environment AND o.error_code = i.error_code
             AND o.received_at BETWEEN i.received_at - ?2 AND i.received_at + ?2
            WHERE i.id = ?1
            """, [.integer(id), .integer(policy.grouping.window)])
    }
}
