import CSQLite

/// A value that can be bound to a statement parameter or read from a column.
public enum SQLValue: Equatable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
}

/// A prepared statement. Owns its sqlite3_stmt, finalizes it on deinit, and is
/// reset before each use so a cached statement can be run again.
///
/// Related SQLite documentation: https://www.sqlite.org/c3ref/stmt.html
public final class Statement {
    let handle: OpaquePointer
    let sql: String
    private let connection: OpaquePointer

    init(connection: OpaquePointer, sql: String) throws {
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v3(connection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard code == SQLITE_OK, let statement else {
            throw DatabaseError(on: connection, sql: sql)
        }
        self.handle = statement
        self.sql = sql
        self.connection = connection
    }

    deinit { sqlite3_finalize(handle) }

    /// Clears earlier bindings and results, then binds `values` to ?1, ?2, ...
    /// Where an empty string's bytes are said to be (a nil pointer would bind NULL).
    private static let emptyText: StaticString = ""

    func bind(_ values: [SQLValue]) throws {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch value {
            case .null: code = sqlite3_bind_null(handle, index)
            case .integer(let number): code = sqlite3_bind_int64(handle, index, number)
            case .real(let number): code = sqlite3_bind_double(handle, index, number)
            case .text(let string):
                // Through the UTF-8 buffer with its length: no C string is made
                // (small strings would need one on the heap) and SQLite need not
                // measure it.
                var text = string
                code = text.withUTF8 { bytes in
                    (bytes.baseAddress ?? Statement.emptyText.utf8Start).withMemoryRebound(to: CChar.self, capacity: 1) {
                        sqlite3_bind_text(handle, index, $0, Int32(bytes.count), segdesk_sqlite_transient())
                    }
                }
            }
            guard code == SQLITE_OK else { throw error() }
        }
    }

    /// Advances one row: true when a row is ready, false when done.
    func step() throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let failure = error()
            sqlite3_reset(handle)
            throw failure
        }
    }

    private func error() -> DatabaseError {
        DatabaseError(on: connection, sql: sql)
    }
}

/// The current result row of a statement, read by column index.
public struct Row {
    let statement: OpaquePointer

    public func int(_ column: Int32) -> Int64 { sqlite3_column_int64(statement, column) }
    public func integer(_ column: Int32) -> Int { Int(sqlite3_column_int64(statement, column)) }
    public func double(_ column: Int32) -> Double { sqlite3_column_double(statement, column) }
    public func isNull(_ column: Int32) -> Bool { sqlite3_column_type(statement, column) == SQLITE_NULL }
    public func string(_ column: Int32) -> String {
        guard let text = sqlite3_column_text(statement, column) else { return "" }
        return String(cString: text)
    }
    public func optionalString(_ column: Int32) -> String? { isNull(column) ? nil : string(column) }
    public func optionalInt(_ column: Int32) -> Int? { isNull(column) ? nil : integer(column) }

    /// How many columns the row has.
    public var columnCount: Int32 { sqlite3_column_count(statement) }

    /// The name a column has in the result (its alias, if the query gave one).
    public func name(_ column: Int32) -> String { String(cString: sqlite3_column_name(statement, column)) }

    /// A column as whatever type SQLite holds it in.
    public func value(_ column: Int32) -> SQLValue {
        switch sqlite3_column_type(statement, column) {
        case SQLITE_INTEGER: .integer(int(column))
        case SQLITE_FLOAT: .real(double(column))
        case SQLITE_NULL: .null
        default: .text(string(column))
        }
    }
}

extension Row {
    /// A consumer's or provider's language as the store keeps it: bokmål,
    /// the default, for any code it does not know.
    func language(_ index: Int32) -> Language { Language(rawValue: string(index)) ?? .bokmal }
}
