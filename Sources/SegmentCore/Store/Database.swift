import CSQLite
import Foundation

/// One connection to an SQLite file, with a cache of prepared statements keyed
/// by their SQL text and transactions that commit or roll back as a unit.
///
/// Related SQLite documentation: https://www.sqlite.org/c3ref/sqlite3.html
public final class Database {
    let handle: OpaquePointer
    private var statements: [String: Statement] = [:]
    /// The statement run last: a loop running one statement many times finds
    /// it by comparing the SQL (the same string object compares at once)
    /// instead of hashing its text every time.
    private var lastUsed: (sql: String, statement: Statement)?
    private var transactionDepth = 0
    /// Run as every outermost transaction begins: the store forgets what it
    /// knew of the file before (where the journal's chain stands).
    var afterBegin: (() -> Void)?

    /// Opens (creating when missing) the file at `path`; ":memory:" for a
    /// private database. `readOnly` opens an existing file for reading only.
    /// When nobody has the file open (no `-wal` or `-shm` beside it), a
    /// read-only connection reads it as it stands instead of creating those
    /// files: made by a user who may not write the database, they would
    /// lock its owner out.
    public init(path: String, readOnly: Bool = false) throws {
        var connection: OpaquePointer?
        var flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) | SQLITE_OPEN_NOMUTEX
        var name = path
        let manager = FileManager.default
        if readOnly && !manager.fileExists(atPath: path + "-wal") && !manager.fileExists(atPath: path + "-shm") {
            flags |= SQLITE_OPEN_URI
            let escaped = path.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "?", with: "%3f")
                .replacingOccurrences(of: "#", with: "%23")
            name = "file:\(escaped)?immutable=1"
        }
        let code = sqlite3_open_v2(name, &connection, flags, nil)
        guard code == SQLITE_OK, let connection else {
            let message = connection.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            if let connection { sqlite3_close_v2(connection) }
            throw DatabaseError(code: code, message: "\(message) (\(path))")
        }
        handle = connection
        sqlite3_extended_result_codes(handle, 1)
    }

    deinit {
        lastUsed = nil
        statements.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Runs SQL that returns no rows and takes no parameters (schema, pragmas).
    public func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        if code != SQLITE_OK {
            let text = message.map { String(cString: $0) } ?? "unknown error"
            sqlite3_free(message)
            throw DatabaseError(code: sqlite3_extended_errcode(handle), message: text, sql: sql,
                                file: sqlite3_db_filename(handle, "main").map { String(cString: $0) })
        }
    }

    /// Runs one statement with bound values and no result rows.
    public func run(_ sql: String, _ values: [SQLValue] = []) throws {
        let statement = try prepared(sql)
        try statement.bind(values)
        while try statement.step() {}
    }

    /// Runs a query and hands each row to `body`.
    public func forEach(_ sql: String, _ values: [SQLValue] = [], _ body: (Row) throws -> Void) throws {
        let statement = try prepared(sql)
        try statement.bind(values)
        defer { sqlite3_reset(statement.handle) }
        while try statement.step() { try body(Row(statement: statement.handle)) }
    }

    /// Runs a query and maps every row.
    public func rows<T>(_ sql: String, _ values: [SQLValue] = [], _ map: (Row) throws -> T) throws -> [T] {
        var result: [T] = []
        try forEach(sql, values) { result.append(try map($0)) }
        return result
    }

    /// The first row mapped, or nil when there is none.
    public func first<T>(_ sql: String, _ values: [SQLValue] = [], _ map: (Row) throws -> T) throws -> T? {
        let statement = try prepared(sql)
        try statement.bind(values)
        defer { sqlite3_reset(statement.handle) }
        return try statement.step() ? try map(Row(statement: statement.handle)) : nil
    }

    /// The integer in the first column of the first row (counts, pragmas).
    public func scalar(_ sql: String, _ values: [SQLValue] = []) throws -> Int {
        try first(sql, values) { $0.integer(0) } ?? 0
    }

    /// The rowid of the last insert on this connection.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }
    /// Rows changed by the last statement.
    public var changes: Int { Int(sqlite3_changes(handle)) }
    /// Rows changed on this connection since it opened.
    public var totalChanges: Int { Int(sqlite3_total_changes64(handle)) }

    /// Runs `body` in a transaction that begins IMMEDIATE (so a busy database
    /// fails at the start, not halfway), commits when it returns and rolls back
    /// when it throws. Nested calls join the outer transaction.
    public func inTransaction<T>(_ body: () throws -> T) throws -> T {
        if transactionDepth > 0 {
            transactionDepth += 1
            defer { transactionDepth -= 1 }
            return try body()
        }
        try execute("BEGIN IMMEDIATE")
        transactionDepth = 1
        defer { transactionDepth = 0 }
        do {
            afterBegin?()
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// Runs `body` with foreign key checks off, and on again after: for work
    /// that reads every key it writes in its own transaction, so the checks
    /// could never fail. SQLite ignores the switch inside a transaction, so
    /// inside one this just runs `body` with the checks as they are.
    public func withoutForeignKeyChecks<T>(_ body: () throws -> T) throws -> T {
        guard transactionDepth == 0 else { return try body() }
        try execute("PRAGMA foreign_keys = OFF")
        defer { try? execute("PRAGMA foreign_keys = ON") }
        return try body()
    }

    /// Runs `body` with a page cache of up to `mebibytes` (taken only as
    /// pages are needed), and the previous size after. Meant to wrap a whole
    /// large transaction, commit included: when the pages it changes do not
    /// fit in the cache, SQLite writes some to the WAL early, and each one
    /// changed again must be written again at commit, after which every frame
    /// written since is read back to compute its checksum anew.
    public func withCacheSize<T>(mebibytes: Int, _ body: () throws -> T) throws -> T {
        let previous = try scalar("PRAGMA cache_size")
        try execute("PRAGMA cache_size = -\(mebibytes * 1024)")
        defer { try? execute("PRAGMA cache_size = \(previous)") }
        return try body()
    }

    private func prepared(_ sql: String) throws -> Statement {
        if let lastUsed, lastUsed.sql == sql { return lastUsed.statement }
        let statement = try statements[sql] ?? Statement(connection: handle, sql: sql)
        statements[sql] = statement
        lastUsed = (sql, statement)
        return statement
    }
}
