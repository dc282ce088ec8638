/// Making one provider case of the reports of one fault: from a proposal
/// the store found, or from incidents the operator marked. A workflow over
/// a store; `undo` in the store takes a grouping back.
public struct Grouping {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    /// Groups the proposal's incidents (open, outside any case, in the window) into one provider case.
    public func group(_ proposal: GroupingProposal) throws -> TriageChange {
        let ids = try store.incidents.ungrouped(serviceID: proposal.serviceID, environment: proposal.environment.rawValue,
                                                errorCode: proposal.errorCode, since: store.now() - store.policy.grouping.window)
        return try group(ids)
    }

    /// Groups incidents into one provider case: the open case with the first
    /// incident's fingerprint if there is one, else a new case. Each incident
    /// joins with status "in case"; every step is journaled, and undo takes
    /// the incidents out again and withdraws a case it opened. An incident
    /// whose version differs from the one in `seenVersions` was changed by
    /// someone else since the operator looked, and nothing is grouped.
    public func group(_ ids: [Int64], seenVersions: [Int64: Int] = [:]) throws -> TriageChange {
        guard let first = ids.first else { throw StoreError.refused(Refusal.nothingToGroup) }
        return try store.database.inTransaction {
            guard let fingerprint = try store.incidents.fingerprint(id: first) else { throw StoreError.notFound(entity: .incident, id: first) }
            var openedCaseID: Int64?
            let existing = try store.cases.open(serviceID: fingerprint.service, environment: fingerprint.environment,
                                                errorCode: fingerprint.code)
            let caseID: Int64
            if let existing {
                caseID = existing
            } else {
                caseID = try store.addCase(title: fingerprint.title, serviceID: fingerprint.service,
                                     environment: ServiceEnvironment(rawValue: fingerprint.environment) ?? .production,
                                     errorCode: fingerprint.code, status: .open, providerReference: nil, openedAt: store.now())
                try store.journal(entity: .providerCase, id: caseID, action: .opened, after: "status=open incidents=\(ids.count)")
                openedCaseID = caseID
            }
            var entries: [TriageChange.Entry] = []
            for id in ids {
                let (before, version, receivedAt) = try store.triageDesk.snapshot(of: id)
                try store.journalEntries.refuseStale(.incident, id: id, version: version, seen: seenVersions[id])
                guard before.caseID != caseID else { continue }
                guard before.status.isOpen else {
                    throw StoreError.refused(Refusal.closedIncident(incidentID: id, status: before.status.rawValue))
                }
                var after = before
                after.caseID = caseID
                after.status = .inProviderCase
                try store.triageDesk.write(after, to: id, expectedVersion: version, receivedAt: receivedAt)
                try store.journal(entity: .incident, id: id, action: .grouped, before: before.journalText, after: after.journalText)
                entries.append(.init(incidentID: id, before: before, versionAfter: version + 1))
            }
            if openedCaseID == nil && !entries.isEmpty {
                try store.journal(entity: .providerCase, id: caseID, action: .incidentsAdded, after: "incidents=+\(entries.count)")
            }
            return TriageChange(summary: Wording("grouped {1} into case #{2}",
                                                 Wording.counted(entries.count, "{1} incident", "{1} incidents"), caseID),
                                entries: entries,
                                openedCaseID: openedCaseID)
        }
    }
}
