/// The journal: every statement about the journal table. segdesk seals an
/// entry as it writes it, inside the transaction of the change it records
/// (`JournalSeal`); an entry segdesk changes before that transaction
/// commits (an import's counts) is sealed again with those after it. It
/// remembers where the chain stands within a transaction, so a change of
/// many entries reads the chain's end once.
public final class JournalRepository {
    let database: Database
    /// Where the chain stands within the current transaction: read when it
    /// first writes an entry, forgotten when a transaction begins.
    private var tail: JournalTail?

    init(database: Database) {
        self.database = database
    }

    static let entryColumns = "id, at, operator, entity, entity_id, action, before, after"

    private static func fields(of row: Row) -> [SQLValue] { (0..<Int32(8)).map { row.value($0) } }

    /// Forgets where the chain stood: another connection may have written since.
    func forgetTail() { tail = nil }

    /// Where the chain stands: the id the next entry gets and the seal it
    /// chains from (the last sealed entry's).
    private func readTail() throws -> JournalTail {
        let next = try newestEntry() + 1
        let seal = try database.first("SELECT seal FROM journal WHERE seal IS NOT NULL ORDER BY id DESC LIMIT 1", [], {
            $0.string(0)
        }) ?? JournalSeal.chainStart
        return JournalTail(nextID: next, seal: seal)
    }

    /// Writes one entry with its seal; the caller holds a transaction.
    func append(at: Int64, operator login: String, entity: RecordKind, id: Int64, action: JournalAction,
                before: String?, after: String?) throws {
        let tail = try self.tail ?? readTail()
        let fields: [SQLValue] = [.integer(tail.nextID), .integer(at), .text(login), .text(entity.rawValue), .integer(id),
                                  .text(action.rawValue), before.map(SQLValue.text) ?? .null, after.map(SQLValue.text) ?? .null]
        let seal = JournalSeal.chained(to: tail.seal, fields)
        try database.run("""
            INSERT INTO journal (id, at, operator, entity, entity_id, action, before, after, seal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, fields + [.text(seal)])
        self.tail = JournalTail(nextID: tail.nextID + 1, seal: seal)
    }

    /// The id of the newest entry, 0 when there is none.
    func newestEntry() throws -> Int64 {
        Int64(try database.scalar("SELECT coalesce(max(id), 0) FROM journal"))
    }

    /// Fills in what entry `id` says came after (an import's counts, known
    /// at its end); `reseal` must follow.
    func setAfter(_ text: String, entryID id: Int64) throws {
        try database.run("UPDATE journal SET after = ? WHERE id = ?", [.text(text), .integer(id)])
    }

    /// Seals entry `id` and every entry after it again, in order, chained
    /// from the seal before it: for an entry segdesk has just filled in.
    func reseal(from id: Int64) throws {
        var previous = try database.first("SELECT seal FROM journal WHERE id < ? AND seal IS NOT NULL ORDER BY id DESC LIMIT 1",
                                          [.integer(id)], { $0.string(0) }) ?? JournalSeal.chainStart
        var seals: [(Int64, String)] = []
        try database.forEach("SELECT \(Self.entryColumns) FROM journal WHERE id >= ? ORDER BY id", [.integer(id)]) { row in
            previous = JournalSeal.chained(to: previous, Self.fields(of: row))
            seals.append((row.int(0), previous))
        }
        for (entry, seal) in seals {
            try database.run("UPDATE journal SET seal = ? WHERE id = ?", [.text(seal), .integer(entry)])
        }
        tail = JournalTail(nextID: try newestEntry() + 1, seal: previous)
    }

    /// The newest sealed entry's number and seal, nil while the journal is empty.
    func head() throws -> (entry: Int64, seal: String)? {
        try database.first("SELECT id, seal FROM journal WHERE seal IS NOT NULL ORDER BY id DESC LIMIT 1", []) {
            ($0.int(0), $0.string(1))
        }
    }

    /// The seals of the entries `wanted`, computed afresh along the chain
    /// from the entries' fields (not read from their stored seals); an
    /// entry that is not there has none.
    func recomputedSeals(of wanted: Set<Int64>) throws -> [Int64: String] {
        guard let last = wanted.max() else { return [:] }
        var previous = JournalSeal.chainStart
        var seals: [Int64: String] = [:]
        try database.forEach("SELECT \(Self.entryColumns) FROM journal WHERE id <= ? ORDER BY id", [.integer(last)]) { row in
            previous = JournalSeal.chained(to: previous, Self.fields(of: row))
            if wanted.contains(row.int(0)) { seals[row.int(0)] = previous }
        }
        return seals
    }

    /// The first entry that does not fit the chain, as one line, or nil when
    /// every entry does.
    func chainProblem() throws -> String? {
        var previous = JournalSeal.chainStart
        var problem: String?
        try database.forEach("SELECT \(Self.entryColumns), seal FROM journal ORDER BY id") { row in
            guard problem == nil else { return }
            let expected = JournalSeal.chained(to: previous, Self.fields(of: row))
            guard !row.isNull(8) else {
                problem = "journal: entry \(row.int(0)) has no seal (written outside segdesk?)"
                return
            }
            guard row.string(8) == expected else {
                problem = "journal: entry \(row.int(0)) does not match its seal: it, or an entry before it, was changed, "
                    + "added or removed after it was written"
                return
            }
            previous = expected
        }
        return problem
    }

    /// The history of one record, oldest first (at most the latest `limit`).
    /// An incident's includes the entry of the import that brought it.
    func history(entity: RecordKind, id: Int64, limit: Int) throws -> [JournalEntry] {
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

    /// Who last wrote an entry about a record, nil when nobody has.
    func lastOperator(entity: RecordKind, id: Int64) throws -> String? {
        try database.first("SELECT operator FROM journal WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT 1",
                           [.text(entity.rawValue), .integer(id)], { $0.string(0) })
    }

    /// Who answered an incident's reporter at `at`: the operator of the
    /// entry that recorded it, nil when none did (a file from before).
    func answeredBy(incidentID id: Int64, at: Int64) throws -> String? {
        try database.first("""
            SELECT operator FROM journal WHERE entity = \(RecordKind.incident.sql) AND entity_id = ? AND at = ?
            ORDER BY action != \(JournalAction.answered.sql), id DESC LIMIT 1
            """, [.integer(id), .integer(at)], { $0.string(0) })
    }

    /// Whether a record of `kind` with `key` exists, for an entry about it.
    func recordExists(_ kind: RecordKind, id: Int64) throws -> Bool {
        try database.first("SELECT 1 FROM \(kind.table.name) WHERE \(kind.table.key) = ?", [.integer(id)], { $0.int(0) }) != nil
    }
}
