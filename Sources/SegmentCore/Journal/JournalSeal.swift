/// The journal's chain of seals: each entry carries the SHA-256 of the seal
/// before it and its own fields, so an entry changed, inserted or removed
/// with `sqlite3` afterwards breaks the chain from there on, and `segdesk
/// check` names the first entry that does not fit.
enum JournalSeal {
    /// The seal the first entry chains from.
    static let chainStart = String(repeating: "0", count: 64)

    /// The seal of an entry given the seal before it, from its fields in
    /// `JournalRepository.entryColumns` order.
    static func chained(to previous: String, _ fields: [SQLValue]) -> String {
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
}

/// Where the journal's chain stands while a transaction writes to it.
struct JournalTail {
    var nextID: Int64
    var seal: String
}
