/// The journal's chain of seals: each entry carries the SHA-256 of the seal
/// before it and its own fields, so an entry changed, inserted or removed
/// with `sqlite3` afterwards breaks the chain from there on, and `segdesk
/// check` names the first entry that does not fit. Entries are sealed when
/// the transaction that wrote them commits (an import fills in its entry's
/// counts before then), and only then.
extension Store {
    /// The seal the first entry chains from.
    static let journalChainStart = String(repeating: "0", count: 64)

    private static let entryColumns = "id, at, operator, entity, entity_id, action, before, after"

    /// The seal of an entry given the seal before it.
    static func journalSeal(previous: String, _ row: Row) -> String {
        var text = previous
        for column in 0..<Int32(8) {
            let field: String
            switch row.value(column) {
            case .null: field = "-"
            case .integer(let number): field = "i\(number)"
            case .real(let number): field = "r\(number)"
            case .text(let string): field = "t\(string.utf8.count):\(string)"
            }
            text += "|" + field
        }
        return SHA256.hex(text.utf8)
    }

    /// The id of the newest entry, 0 when there is none.
    func newestJournalEntry() throws -> Int64 {
        Int64(try database.scalar("SELECT coalesce(max(id), 0) FROM journal"))
    }

    /// Seals the entries written after entry `mark`, in order, chained from
    /// the last sealed entry up to it. Only the current transaction's own
    /// entries are sealed this way: one written outside segdesk stays
    /// without a seal for `check` to name.
    func sealJournal(writtenAfter mark: Int64) throws {
        guard try newestJournalEntry() > mark else { return }
        var previous = try database.first("SELECT seal FROM journal WHERE id <= ? AND seal IS NOT NULL ORDER BY id DESC LIMIT 1",
                                          [.integer(mark)], { $0.string(0) }) ?? Self.journalChainStart
        var seals: [(Int64, String)] = []
        try database.forEach("SELECT \(Self.entryColumns) FROM journal WHERE id > ? ORDER BY id", [.integer(mark)]) { row in
            previous = Self.journalSeal(previous: previous, row)
            seals.append((row.int(0), previous))
        }
        for (id, seal) in seals {
            try database.run("UPDATE journal SET seal = ? WHERE id = ?", [.text(seal), .integer(id)])
        }
    }

    /// The first entry that does not fit the chain, as one line, or nil when
    /// every entry does.
    func journalChainProblem() throws -> String? {
        var previous = Self.journalChainStart
        var problem: String?
        try database.forEach("SELECT \(Self.entryColumns), seal FROM journal ORDER BY id") { row in
            guard problem == nil else { return }
            let expected = Self.journalSeal(previous: previous, row)
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
