import CSQLite

/// An SQLite failure, with the extended result code, SQLite's message and the
/// statement that was running, so a report says what happened and where.
public struct DatabaseError: Error, CustomStringConvertible, Sendable {
    public let code: Int32
    public let message: String
    public let sql: String?

    public init(code: Int32, message: String, sql: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
    }

    /// True when another connection holds the lock longer than the busy timeout.
    public var isBusy: Bool { code & 0xff == SQLITE_BUSY || code & 0xff == SQLITE_LOCKED }

    /// True when SQLite refused to write because the file is open read-only.
    public var isReadOnlyRefusal: Bool { code & 0xff == SQLITE_READONLY }

    public var description: String {
        var text = "SQLite error \(code): \(message)"
        if isBusy { text = localized("the database is busy (another segdesk or an import is writing to it); try again.") + " " + text }
        if let sql { text += " - while executing `\(sql)`" }
        return text
    }
}
