extension Store {
    /// Writes one journal entry; call it inside the transaction of the change
    /// it records, so the change and its record stand or fall together.
    /// Outside a transaction it is one of its own, so it is sealed at once.
    public func journal(entity: RecordKind, id: Int64, action: JournalAction, before: String? = nil, after: String? = nil) throws {
        try database.inTransaction {
            try journalEntries.append(at: now(), operator: operatorLogin, entity: entity, id: id, action: action, before: before,
                                      after: after)
        }
    }

    /// Refuses a record that does not exist, so nothing is journalled about it.
    func requireRecord(_ kind: RecordKind, id: Int64) throws {
        if try !journalEntries.recordExists(kind, id: id) { throw StoreError.notFound(entity: kind, id: id) }
    }

    /// The history of one record, oldest first (at most the latest `limit`).
    /// An incident's includes the entry of the import that brought it.
    public func history(entity: RecordKind, id: Int64, limit: Int = 50) throws -> [JournalEntry] {
        try journalEntries.history(entity: entity, id: id, limit: limit)
    }
}
