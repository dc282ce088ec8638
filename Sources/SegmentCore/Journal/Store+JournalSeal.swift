/// The journal's chain of seals: each entry carries the SHA-256 of the seal
/// before it and its own fields, so an entry changed, inserted or removed
/// with `sqlite3` afterwards breaks the chain from there on, and `segdesk
/// check` names the first entry that does not fit. segdesk seals an entry as
/// it writes it, inside the transaction of the change it records; an entry
/// segdesk changes before that transaction commits (an import's counts) is
/// sealed again with those after it.
extension Store {
    /// The seal the first entry chains from.
    static let journalChainStart = String(repeating: "0", count: 64)

    private static let entryColumns = "id, at, operator, entity, entity_id, action, before, after"

    /// The seal of an entry given the seal before it, from its fields in
    /// `entryColumns` order.
    static func journalSeal(previous: String, _ fields: [SQLValue]) -> String {
        var text = Array(previous.utf8)
        text.reserveCapacity(256)
        for field in fields {
            text.append(UInt8(ascii: "|"))
            switch field {
            case .null: text.append(UInt8(ascii: "-"))
            case .integer(let number): text += Array("i\(number)".utf8)
            case .real(let number): text += Array("r\(number)".utf8)
            case .text(let string): text += Array("t\(string.utf8.count):".utf8) + Array(string.utf8)
            }
        }
        return SHA256.hex(text)
    }

    private static func fields(of row: Row) -> [SQLValue] { (0..<Int32(8)).map { row.value($0) } }

    /// Where the chain stands: the id the next entry gets and the seal it
    /// chains from (the last sealed entry's).
    private func readJournalTail() throws -> JournalTail {
        let next = try newestJournalEntry() + 1
        let seal = try database.first("SELECT seal FROM journal WHERE seal IS NOT NULL ORDER BY id DESC LIMIT 1", [], {
            $0.string(0)
        }) ?? Self.journalChainStart
        return JournalTail(nextID: next, seal: seal)
    }

    /// Writes one entry with its seal; the caller holds a transaction.
    func appendJournal(at: Int64, operator login: String, entity: RecordKind, id: Int64, action: JournalAction,
                       before: String?, after: String?) throws {
        let tail = try journalTail ?? readJournalTail()
        let fields: [SQLValue] = [.integer(tail.nextID), .integer(at), .text(login), .text(entity.rawValue), .integer(id),
                                  .text(action.rawValue), before.map(SQLValue.text) ?? .null, after.map(SQLValue.text) ?? .null]
        let seal = Self.journalSeal(previous: tail.seal, fields)
        try database.run("""
            INSERT INTO journal (id, at, operator, entity, entity_id, action, before, after, seal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, fields + [.text(seal)])
        journalTail = JournalTail(nextID: tail.nextID + 1, seal: seal)
    }

    /// The id of the newest entry, 0 when there is none.
    func newestJournalEntry() throws -> Int64 {
        Int64(try database.scalar("SELECT coalesce(max(id), 0) FROM journal"))
    }

    /// Seals entry `id` and every entry after it again, in order, chained
    /// from the seal before it: for an entry segdesk has just filled in.
    func resealJournal(from id: Int64) throws {
        var previous = try database.first("SELECT seal FROM journal WHERE id < ? AND seal IS NOT NULL ORDER BY id DESC LIMIT 1",
                                          [.integer(id)], { $0.string(0) }) ?? Self.journalChainStart
        var seals: [(Int64, String)] = []
        try database.forEach("SELECT \(Self.entryColumns) FROM journal WHERE id >= ? ORDER BY id", [.integer(id)]) { row in
            previous = Self.journalSeal(previous: previous, Self.fields(of: row))
            seals.append((row.int(0), previous))
        }
        for (entry, seal) in seals {
            try database.run("UPDATE journal SET seal = ? WHERE id = ?", [.text(seal), .integer(entry)])
        }
        journalTail = JournalTail(nextID: try newestJournalEntry() + 1, seal: previous)
    }

    /// The first entry that does not fit the chain, as one line, or nil when
    /// every entry does.
    func journalChainProblem() throws -> String? {
        var previous = Self.journalChainStart
        var problem: String?
        try database.forEach("SELECT \(Self.entryColumns), seal FROM journal ORDER BY id") { row in
            guard problem == nil else { return }
            let expected = Self.journalSeal(previous: previous, Self.fields(of: row))
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
}

/// Where the journal's chain stands while a transaction writes to it.
struct JournalTail {
    var nextID: Int64
    var seal: String
}
