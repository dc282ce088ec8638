extension TriageDesk {
    /// Applies a triage edit to incidents in one transaction, with a journal
    /// entry per incident, and returns what undo needs. An incident listed in
    /// `seenVersions` must still be at that version: an operator who acted on
    /// what they saw is told when someone else changed it meanwhile, instead
    /// of overwriting that change unawares.
    @discardableResult
    public func triage(_ edit: TriageEdit, incidents ids: [Int64], seenVersions: [Int64: Int] = [:]) throws -> TriageChange {
        guard !ids.isEmpty else { throw StoreError.refused(Refusal.noIncidentSelected) }
        return try store.database.inTransaction {
            var entries: [TriageChange.Entry] = []
            for id in ids {
                let (before, version, receivedAt) = try snapshot(of: id)
                try store.journalEntries.refuseStale(.incident, id: id, version: version, seen: seenVersions[id])
                if case .answered = edit, let answeredAt = before.respondedAt {
                    throw StoreError.refused(Refusal.alreadyAnswered(incidentID: id, at: answeredAt,
                                                                     by: try store.journalEntries.answeredBy(incidentID: id, at: answeredAt)))
                }
                let after = try before.applying(edit, now: store.now())
                guard after != before else { continue }
                try write(after, to: id, expectedVersion: version, receivedAt: receivedAt)
                var note = ""
                if case .answered(let text?) = edit { note = " note=\(text)" }
                try store.journal(entity: .incident, id: id, action: edit.action, before: before.journalText, after: after.journalText + note)
                entries.append(.init(incidentID: id, before: before, versionAfter: version + 1))
            }
            return TriageChange(summary: Wording("{1} {2}", Wording(stringLiteral: edit.action.rawValue),
                                                 Wording.counted(entries.count, "{1} incident", "{1} incidents")), entries: entries)
        }
    }

    /// Records that the reporters of `ids` were answered now, by a message
    /// segdesk queued to them; those answered before keep their time.
    func noteAnswered(incidents ids: [Int64]) throws {
        let unanswered = try ids.filter { try snapshot(of: $0).0.respondedAt == nil }
        guard !unanswered.isEmpty else { return }
        try triage(.answered(note: nil), incidents: unanswered)
    }

    /// Puts the incidents of a change back as they were, unless someone has
    /// changed one of them since; then nothing is undone.
    public func undo(_ change: TriageChange) throws {
        try store.database.inTransaction {
            for entry in change.entries {
                let (current, version, receivedAt) = try snapshot(of: entry.incidentID)
                try store.journalEntries.refuseStale(.incident, id: entry.incidentID, version: version, seen: entry.versionAfter)
                try write(entry.before, to: entry.incidentID, expectedVersion: version, receivedAt: receivedAt)
                try store.journal(entity: .incident, id: entry.incidentID, action: .undo,
                            before: current.journalText, after: entry.before.journalText)
            }
            if let caseID = change.openedCaseID,
               try store.cases.incidents(caseID: caseID).isEmpty {
                try store.cases.remove(caseID: caseID)
                try store.journal(entity: .providerCase, id: caseID, action: .withdrawn, before: "status=open", after: "removed (undo)")
            }
        }
    }

    func snapshot(of id: Int64) throws -> (TriageSnapshot, Int, Int64) {
        guard let found = try store.incidents.snapshot(of: id) else { throw StoreError.notFound(entity: .incident, id: id) }
        return found
    }

    /// Writes an incident's triage fields, with the SLA deadline and pane
    /// order they imply, as of `expectedVersion`; refused when someone
    /// changed the incident since.
    func write(_ snapshot: TriageSnapshot, to id: Int64, expectedVersion: Int, receivedAt: Int64) throws {
        let priority = snapshot.assessment.priority
        let due = store.policy.serviceLevel.dueAt(priority: priority, status: snapshot.status, receivedAt: receivedAt,
                                            respondedAt: snapshot.respondedAt)
        guard try store.incidents.write(snapshot, to: id, expectedVersion: expectedVersion, due: due,
                                  group: IncidentOrder.group(priority: priority, status: snapshot.status),
                                  time: IncidentOrder.time(receivedAt: receivedAt, status: snapshot.status)) else {
            throw StoreError.changedByAnother(entity: .incident, id: id, by: try store.journalEntries.lastOperator(entity: .incident, id: id))
        }
    }
}
