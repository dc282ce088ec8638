extension Store {
    /// Verifies the file: SQLite's integrity check, every foreign key, that
    /// each journal entry names a record that exists, and that the reports
    /// kept per day add up to the incidents. Returns the problems
    /// found, each one line in the operator's language; none means the
    /// database is sound.
    ///
    /// Related SQLite documentation: https://www.sqlite.org/pragma.html#pragma_integrity_check
    public func check() throws -> [String] {
        var problems = try database.rows("PRAGMA integrity_check") { $0.string(0) }.filter { $0 != "ok" }
        problems += try database.rows("PRAGMA foreign_key_check") {
            localized("foreign key: {1} row {2} refers to a missing {3} row", $0.string(0), $0.int(1), $0.string(2))
        }
        for kind in RecordKind.allCases.sorted(by: { $0.rawValue < $1.rawValue }) {
            let orphans = try database.scalar("""
                SELECT count(*) FROM journal j WHERE j.entity = ?1
                  AND NOT EXISTS (SELECT 1 FROM \(kind.table.name) t WHERE t.\(kind.table.key) = j.entity_id)
                  AND NOT EXISTS (SELECT 1 FROM journal w WHERE w.entity = ?1 AND w.entity_id = j.entity_id
                                  AND w.action = \(JournalAction.withdrawn.sql) AND w.after = 'removed (undo)')
                """, [.text(kind.rawValue)])
            if orphans > 0 {
                let what = kind == .agreement ? "agreement version" : kind.rawValue
                problems.append(Language.interface.counted(orphans, "journal: {1} entry names a record that does not exist ({2})",
                                                           "journal: {1} entries name a record that does not exist ({2})", what))
            }
        }
        let known = RecordKind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let unknown = try database.rows("SELECT DISTINCT entity FROM journal WHERE entity NOT IN (\(known))") { $0.string(0) }
        problems += unknown.map { localized("journal: entries about an unknown kind of record \"{1}\"", $0) }
        if let broken = try journalEntries.chainProblem() { problems.append(broken) }
        let kept: Int = try database.scalar("SELECT coalesce(sum(reports), 0) FROM incident_days")
        let counted: Int = try database.scalar("SELECT count(*) FROM incidents")
        if kept != counted {
            problems.append(Language.interface.counted(counted, "incident_days: the reports per day add up to {2}, but there is {1} incident",
                                                       "incident_days: the reports per day add up to {2}, but there are {1} incidents", kept))
        }
        problems += try openIncidentCountProblems()
        let staleNames: Int = try database.scalar("""
            SELECT count(*) FROM notice_acknowledgements a JOIN consumers c ON c.id = a.consumer_id WHERE a.sort_name != c.sort_name
            """)
        if staleNames > 0 {
            problems.append(Language.interface.counted(staleNames, "notice_acknowledgements: {1} answer is ordered by a consumer name out of date",
                                                       "notice_acknowledgements: {1} answers are ordered by a consumer name out of date"))
        }
        return problems
    }
}

extension Store {
    /// Where the open incidents' kept counts (by status, by the hour their SLA
    /// runs out) differ from the incidents themselves.
    func openIncidentCountProblems() throws -> [String] {
        let open = "sort_group < \(IncidentOrder.doneGroup)"
        let statuses = try database.rows("""
            SELECT status, sum(kept), sum(counted) FROM (
                SELECT status, incidents AS kept, 0 AS counted FROM open_incident_statuses
                UNION ALL SELECT status, 0, count(*) FROM incidents WHERE \(open) GROUP BY status)
            GROUP BY status HAVING sum(kept) != sum(counted) ORDER BY status
            """) {
                Language.interface.counted($0.integer(2), "open_incident_statuses: {2} holds {3}, but {1} open incident has it",
                                           "open_incident_statuses: {2} holds {3}, but {1} open incidents have it", $0.string(0), $0.integer(1))
            }
        let hours: Int = try database.scalar("""
            SELECT count(*) FROM (
                SELECT hour FROM (
                    SELECT hour, incidents AS kept, 0 AS counted FROM open_incident_due_hours
                    UNION ALL SELECT sla_due_at / 3600, 0, count(*) FROM incidents WHERE \(open) AND sla_due_at IS NOT NULL GROUP BY 1)
                GROUP BY hour HAVING sum(kept) != sum(counted))
            """)
        return statuses + (hours == 0 ? [] : [Language.interface.counted(hours, "open_incident_due_hours: the kept count differs from the open incidents due in {1} hour",
                                                                         "open_incident_due_hours: the kept count differs from the open incidents due in {1} hours")])
    }
}
