extension IntakeDesk {
    /// Adds incidents in file order (their ids follow it), leaving out any
    /// whose consumer already sent one with the same external id, earlier in
    /// `incidents` too; returns how many were added. Runs in the caller's
    /// transaction, or in its own.
    ///
    /// Meant for an import with foreign key checks off (see
    /// `Database.withoutForeignKeyChecks`) and every consumer and service id
    /// read in the same transaction: a statement of many rows that checks
    /// foreign keys keeps a journal of every page it changes, to undo only
    /// itself, which costs more than the rows. Without that journal a failed
    /// constraint stops the statement and throws (`OR FAIL`), and the whole
    /// transaction is rolled back instead.
    func addIncidentsIfNew(_ incidents: ArraySlice<NewIncident>) throws -> Int {
        try store.database.inTransaction {
            var added = 0
            var rest = incidents
            while !rest.isEmpty {
                let statement = rest.prefix(IncidentRepository.perStatement)
                rest = rest.dropFirst(statement.count)
                added += try store.incidents.insertIfNew(statement.flatMap(store.incidentValues), rows: statement.count)
            }
            return added
        }
    }
}
