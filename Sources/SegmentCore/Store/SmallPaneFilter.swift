import Foundation

/// The filter for panes small enough to scan (consumers, cases, notices,
/// needs): a case-insensitive substring of a lower-cased `search_text` column
/// that the store keeps, since SQLite's own lower() only folds ASCII and the
/// segment's names carry æ, ø and å.
enum SmallPaneFilter {
    static let clause = "instr(search_text, ?) > 0"

    /// The bound needle, or nil when the filter is empty.
    static func needle(_ text: String) -> SQLValue? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : .text(searchText(trimmed))
    }

    /// The form both the column and the needle are stored in.
    static func searchText(_ parts: String?...) -> String {
        parts.compactMap { $0 }.joined(separator: " ").precomposedStringWithCanonicalMapping.lowercased()
    }
}

extension KeysetWindow {
    /// The same window with the small-pane filter added.
    var filtered: KeysetWindow {
        KeysetWindow(select: select, keyColumns: keyColumns, filter: SmallPaneFilter.clause)
    }
}

extension Database {
    /// A window of a small pane, filtered when `filter` holds text.
    func smallPaneWindow<T>(_ query: KeysetWindow, anchor: WindowAnchor, limit: Int, filter: String,
                            map: (Row) throws -> T) throws -> [T] {
        if let needle = SmallPaneFilter.needle(filter) {
            return try window(query.filtered, anchor: anchor, filter: needle, limit: limit, map: map)
        }
        return try window(query, anchor: anchor, filter: nil, limit: limit, map: map)
    }

    /// A small pane's key of record `id`: read by id, then confirmed as the
    /// first row of the filtered window from that key.
    func smallPaneKey<Row>(_ query: KeysetWindow, id: Int64, filter: String, map: (SegmentCore.Row) throws -> Row,
                                   key: (Row) -> [SQLValue]) throws -> [SQLValue]? {
        guard let record = try first("\(query.select) WHERE \(query.keyColumns.last!) = ?", [.integer(id)], map) else {
            return nil
        }
        let found = key(record)
        guard SmallPaneFilter.needle(filter) != nil else { return found }
        let firstMatch = try smallPaneWindow(query, anchor: .at(found), limit: 1, filter: filter, map: map).first
        return firstMatch.map(key) == found ? found : nil
    }

    /// Rows in `table`, and how many match `filter`.
    func smallPaneCount(table: String, filter: String) throws -> Int {
        if let needle = SmallPaneFilter.needle(filter) {
            return try scalar("SELECT count(*) FROM \(table) WHERE \(SmallPaneFilter.clause)", [needle])
        }
        return try scalar("SELECT count(*) FROM \(table)")
    }
}
