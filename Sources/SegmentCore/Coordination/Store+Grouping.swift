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

    /// Groups the proposal's incidents (open, outside any case, in the window) into one provider case.
    public func group(_ proposal: GroupingProposal) throws -> TriageChange {
        let ids = try database.rows("""
            SELECT id FROM incidents WHERE service_id = ? AND environment = ? AND error_code = ? AND received_at >= ?
              AND case_id IS NULL AND sort_group < \(IncidentOrder.doneGroup) ORDER BY received_at
            """, [.integer(proposal.serviceID), .text(proposal.environment.rawValue), .text(proposal.errorCode),
                  .integer(now() - policy.grouping.window)]) { $0.int(0) }
        return try group(ids)
    }

    /// Groups incidents into one provider case: the open case with the first
    /// incident's fingerprint if there is one, else a new case. Each incident
    /// joins with status "in case"; every step is journaled, and undo takes
    /// the incidents out again and withdraws a case it opened. An incident
    /// whose version differs from the one in `seenVersions` was changed by
    /// someone else since the operator looked, and nothing is grouped.
    public func group(_ ids: [Int64], seenVersions: [Int64: Int] = [:]) throws -> TriageChange {
        guard let first = ids.first else { throw StoreError.invalid(localized("no incident to group")) }
        return try database.inTransaction {
            guard let fingerprint = try database.first(
                "SELECT service_id, environment, error_code, title FROM incidents WHERE id = ?", [.integer(first)], {
                    (service: $0.int(0), environment: $0.string(1), code: $0.optionalString(2), title: $0.string(3))
                }) else { throw StoreError.notFound(entity: .incident, id: first) }
            var openedCaseID: Int64?
            let existing = try database.first("""
                SELECT id FROM provider_cases WHERE sort_group = 0 AND service_id = ? AND environment = ? AND error_code IS ?
                ORDER BY opened_at DESC LIMIT 1
                """, [.integer(fingerprint.service), .text(fingerprint.environment),
                      fingerprint.code.map(SQLValue.text) ?? .null]) { $0.int(0) }
            let caseID: Int64
            if let existing {
                caseID = existing
            } else {
                caseID = try addCase(title: fingerprint.title, serviceID: fingerprint.service,
                                     environment: ServiceEnvironment(rawValue: fingerprint.environment) ?? .production,
                                     errorCode: fingerprint.code, status: .open, providerReference: nil, openedAt: now())
                try journal(entity: .providerCase, id: caseID, action: "opened", after: "status=open incidents=\(ids.count)")
                openedCaseID = caseID
            }
            var entries: [TriageChange.Entry] = []
            for id in ids {
                let (before, version, receivedAt) = try snapshot(of: id)
                if let seen = seenVersions[id], seen != version {
                    throw StoreError.changedByAnother(entity: .incident, id: id, by: try lastEditor(of: id))
                }
                guard before.caseID != caseID else { continue }
                guard before.status.isOpen else {
                    throw StoreError.invalid(localized("incident {1} is {2}; only open incidents join a case", id, before.status.rawValue))
                }
                var after = before
                after.caseID = caseID
                after.status = .inProviderCase
                if after.respondedAt == nil { after.respondedAt = now() }
                try write(after, to: id, expectedVersion: version, receivedAt: receivedAt)
                try journal(entity: .incident, id: id, action: "grouped", before: before.journalText, after: after.journalText)
                entries.append(.init(incidentID: id, before: before, versionAfter: version + 1))
            }
            if openedCaseID == nil && !entries.isEmpty {
                try journal(entity: .providerCase, id: caseID, action: "incidents added", after: "incidents=+\(entries.count)")
            }
            return TriageChange(summary: localized("grouped {1} into case #{2}",
                                                   Language.interface.counted(entries.count, "{1} incident", "{1} incidents"), caseID),
                                entries: entries,
                                openedCaseID: openedCaseID)
        }
    }
}
