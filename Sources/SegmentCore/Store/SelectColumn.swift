/// The columns of a SELECT list named once: each case is a column's place
/// in the list (its raw value) and its SQL, so the list is written from the
/// cases and every reader asks for a column by name. Adding or moving a
/// column cannot shift another column's reader.
protocol SelectColumn: RawRepresentable, CaseIterable where RawValue == Int32 {
    var sql: String { get }
}

extension SelectColumn {
    /// The SELECT list, in place order.
    static var list: String { allCases.map(\.sql).joined(separator: ", ") }
}

/// Reading a row by a named column.
extension Row {
    func int(_ column: some SelectColumn) -> Int64 { int(column.rawValue) }
    func integer(_ column: some SelectColumn) -> Int { integer(column.rawValue) }
    func string(_ column: some SelectColumn) -> String { string(column.rawValue) }
    func optionalString(_ column: some SelectColumn) -> String? { optionalString(column.rawValue) }
    /// The column's whole number, or nil when it is NULL.
    func optionalInt64(_ column: some SelectColumn) -> Int64? { isNull(column.rawValue) ? nil : int(column.rawValue) }
    func flag(_ column: some SelectColumn) -> Bool { int(column.rawValue) != 0 }
}
