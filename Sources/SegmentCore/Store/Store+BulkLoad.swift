extension Store {
    /// Runs a large load into `table` in one transaction with the table's
    /// secondary indexes and triggers set aside, then builds them again in
    /// one pass each, which is several times faster than keeping them current
    /// row by row. The full-text index is rebuilt from the table at the end.
    /// Their definitions are read from the schema itself, so they come back
    /// exactly as the migrations made them.
    public func bulkLoad<T>(into table: String, rebuildingFullText fullText: String?, _ body: () throws -> T) throws -> T {
        // Its rows are appended and its indexes built in order, so a page
        // written early is rarely changed again; a cache of 256 MB was no
        // faster for a million incidents and took 130 MB more memory.
        try database.withCacheSize(mebibytes: 128) { try database.inTransaction {
            let definitions = try database.rows("""
                SELECT type, name, sql FROM sqlite_master
                WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL
                """, [.text(table)]) { (type: $0.string(0), name: $0.string(1), sql: $0.string(2)) }
            for definition in definitions {
                try database.execute("DROP \(definition.type.uppercased()) \"\(definition.name)\"")
            }
            let result = try body()
            for definition in definitions where definition.type == "index" { try database.execute(definition.sql) }
            if let fullText {
                try database.execute("INSERT INTO \(fullText)(\(fullText)) VALUES ('rebuild')")
            }
            for definition in definitions where definition.type == "trigger" { try database.execute(definition.sql) }
            return result
        } }
    }
}

extension Store {
    /// Runs `body` (inside the caller's transaction) with the incidents'
    /// full-text and counting triggers set aside, then indexes and counts
    /// every incident added meanwhile in one statement each: several times
    /// faster than row by row for an import.
    func deferringIncidentTriggers<T>(_ body: () throws -> T) throws -> T {
        let definitions = try database.rows("""
            SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ('incidents_fts_insert', 'incident_days_insert', 'open_incidents_insert')
            """) { (name: $0.string(0), sql: $0.string(1)) }
        let lastBefore = try database.scalar("SELECT coalesce(max(id), 0) FROM incidents")
        for definition in definitions { try database.execute("DROP TRIGGER \(definition.name)") }
        let result = try body()
        try database.run("""
            INSERT INTO incidents_fts(rowid, title, body, error_code)
            SELECT id, title, body, error_code FROM incidents WHERE id > ?
            """, [.integer(Int64(lastBefore))])
        try database.run("""
            INSERT INTO incident_days (day, service_id, reports)
            SELECT received_at / 86400, service_id, count(*) FROM incidents WHERE id > ? GROUP BY 1, 2 ORDER BY 1, 2
            ON CONFLICT (day, service_id) DO UPDATE SET reports = reports + excluded.reports
            """, [.integer(Int64(lastBefore))])
        try database.run("""
            INSERT INTO open_incident_statuses (status, incidents)
            SELECT status, count(*) FROM incidents WHERE id > ? AND sort_group < \(IncidentOrder.doneGroup) GROUP BY 1 ORDER BY 1
            ON CONFLICT (status) DO UPDATE SET incidents = incidents + excluded.incidents
            """, [.integer(Int64(lastBefore))])
        try database.run("""
            INSERT INTO open_incident_due_hours (hour, incidents)
            SELECT sla_due_at / 3600, count(*) FROM incidents
            WHERE id > ? AND sort_group < \(IncidentOrder.doneGroup) AND sla_due_at IS NOT NULL GROUP BY 1 ORDER BY 1
            ON CONFLICT (hour) DO UPDATE SET incidents = incidents + excluded.incidents
            """, [.integer(Int64(lastBefore))])
        for definition in definitions { try database.execute(definition.sql) }
        return result
    }

    /// Counts the reports per day and service and the open incidents again
    /// from the incidents, after a load that set the counting triggers aside.
    public func recountKeptCounts() throws {
        try database.inTransaction {
            try database.execute("DELETE FROM incident_days; DELETE FROM open_incident_statuses; DELETE FROM open_incident_due_hours")
            try database.execute("""
                INSERT INTO incident_days (day, service_id, reports)
                SELECT received_at / 86400, service_id, count(*) FROM incidents GROUP BY 1, 2
                """)
            try database.execute(Migrations.openIncidentRecount)
        }
    }
}

extension Store {
    /// Runs `body` (inside the caller's transaction) with the secondary
    /// indexes of `table` set aside, except those named in `keeping`, and
    /// builds them again afterwards, one sorted pass each, when `worthIt`:
    /// cheaper than row by row when the body adds a large share of the rows.
    func settingIndexesAside<T>(on table: String, keeping: Set<String>, when worthIt: Bool, _ body: () throws -> T) throws -> T {
        guard worthIt else { return try body() }
        let indexes = try database.rows("""
            SELECT name, sql FROM sqlite_master WHERE tbl_name = ? AND type = 'index' AND sql IS NOT NULL
            """, [.text(table)]) { (name: $0.string(0), sql: $0.string(1)) }.filter { !keeping.contains($0.name) }
        for index in indexes { try database.execute("DROP INDEX \"\(index.name)\"") }
        let result = try body()
        for index in indexes { try database.execute(index.sql) }
        return result
    }
}
