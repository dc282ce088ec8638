extension Store {
    /// How many incidents one statement of `addIncidentsIfNew` writes: each
    /// statement costs SQLite a program start and a cursor on the table and
    /// every index, which a row at a time pays per incident.
    static let incidentsPerStatement = 64

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
        try database.inTransaction {
            var added = 0
            var rest = incidents
            while !rest.isEmpty {
                let statement = rest.prefix(Self.incidentsPerStatement)
                rest = rest.dropFirst(statement.count)
                try database.run(Self.insertIncidentsIfNew(count: statement.count), statement.flatMap(incidentValues))
                added += database.changes
            }
            return added
        }
    }

    private static let fullStatement = insertIncidentsIfNew(rows: incidentsPerStatement)

    private static func insertIncidentsIfNew(count: Int) -> String {
        count == incidentsPerStatement ? fullStatement : insertIncidentsIfNew(rows: count)
    }

    private static func insertIncidentsIfNew(rows: Int) -> String {
        let values = Array(repeating: incidentPlaceholders, count: rows).joined(separator: ", ")
        return "INSERT OR FAIL INTO incidents (\(incidentColumns)) VALUES \(values) ON CONFLICT (consumer_id, external_id) DO NOTHING"
    }
}
