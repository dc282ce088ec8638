extension Store {
    /// Writes one journal entry; call it inside the transaction of the change
    /// it records, so the change and its record stand or fall together.
    /// Outside a transaction it is one of its own, so it is sealed at once.
    public func journal(entity: RecordKind, id: Int64, action: JournalAction, before: String? = nil, after: String? = nil) throws {
        try database.inTransaction {
            try appendJournal(at: now(), operator: operatorLogin, entity: entity, id: id, action: action, before: before, after: after)
        }
    }

    /// Refuses a record that does not exist, so nothing is journalled about it.
    func requireRecord(_ kind: RecordKind, id: Int64) throws {
        let found = try database.first("SELECT 1 FROM \(kind.table.name) WHERE \(kind.table.key) = ?", [.integer(id)], { $0.int(0) })
        if found == nil { throw StoreError.notFound(entity: kind, id: id) }
    }

    /// The history of one record, oldest first (at most the latest `limit`).
    /// An incident's includes the entry of the import that brought it.
    public func history(entity: RecordKind, id: Int64, limit: Int = 50) throws -> [JournalEntry] {
        let importEntry = entity == .incident
            ? "OR (entity = \(RecordKind.import.sql) AND entity_id = (SELECT import_id FROM incidents WHERE id = ?2))" : ""
        return try database.rows("""
            SELECT id, at, operator, entity, entity_id, action, before, after FROM journal
            WHERE (entity = ?1 AND entity_id = ?2) \(importEntry) ORDER BY id DESC LIMIT ?3
            """, [.text(entity.rawValue), .integer(id), .integer(Int64(limit))]) {
            JournalEntry(id: $0.int(0), at: $0.int(1), operatorName: $0.string(2), entity: $0.string(3),
                         entityID: $0.int(4), action: $0.string(5), before: $0.optionalString(6), after: $0.optionalString(7))
        }.reversed()
    }
}
