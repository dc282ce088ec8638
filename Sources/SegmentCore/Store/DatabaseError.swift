import CSQLite

/// An SQLite failure, with the extended result code, SQLite's message and the
/// statement that was running, so a report says what happened and where.
public struct DatabaseError: Error, CustomStringConvertible, Sendable {
    public let code: Int32
    public let message: String
    public let sql: String?
    /// The database file the connection had open, when it has one.
    public let file: String?

    public init(code: Int32, message: String, sql: String? = nil, file: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
        self.file = file.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The failure on `connection`, naming its file.
    init(on connection: OpaquePointer, sql: String? = nil) {
        self.init(code: sqlite3_extended_errcode(connection), message: String(cString: sqlite3_errmsg(connection)), sql: sql,
                  file: sqlite3_db_filename(connection, "main").map { String(cString: $0) })
    }

    /// True when another connection holds the lock longer than the busy timeout.
    public var isBusy: Bool { code & 0xff == SQLITE_BUSY || code & 0xff == SQLITE_LOCKED }

    /// True when SQLite refused to write because the file is open read-only.
    public var isReadOnlyRefusal: Bool { code & 0xff == SQLITE_READONLY }

    /// True when the file could not grow: the disk is full, or a limit on
    /// file size (ulimit -f) was reached.
    public var isFileTooLarge: Bool {
        // SQLITE_IOERR_WRITE, which the C macros compose and Swift cannot see.
        code & 0xff == SQLITE_FULL || code == SQLITE_IOERR | 3 << 8
    }

    public var description: String {
        if isReadOnlyRefusal, let file { return ReadOnlyReason.of(file).refusal(file).description }
        if isFileTooLarge {
            return localized("{1} could not grow (the disk is full, or a file-size limit such as ulimit -f was reached); nothing was changed",
                             file ?? "the database") + " (SQLite error \(code))"
        }
        var text = "SQLite error \(code): \(message)"
        if isBusy { text = localized("the database is busy (another segdesk or an import is writing to it); try again.") + " " + text }
        if let sql { text += " - while executing `\(sql)`" }
        return text
    }
}
