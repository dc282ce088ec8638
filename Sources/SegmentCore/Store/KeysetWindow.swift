/// The SQL for reading one screenful of a pane in its index order, starting at
/// a row's sort key (keyset pagination), so the cost is the window's size and
/// never the table's.
///
/// Every pane orders by ascending key columns ending in the row id; the store
/// keeps those columns so that ascending order is the order a person wants.
struct KeysetWindow {
    let select: String
    let keyColumns: [String]
    let filter: String?

    /// Rows at or after `key` in pane order. Bind: key values, [filter], limit.
    var forward: String {
        compose(comparison: ">=", direction: "")
    }

    /// Rows strictly before `key`, nearest first. Bind: key values, [filter], limit.
    var backward: String {
        compose(comparison: "<", direction: " DESC")
    }

    /// Rows from the start. Bind: [filter], limit.
    var first: String {
        let condition = filter.map { " WHERE \($0)" } ?? ""
        return "\(select)\(condition) ORDER BY \(order("")) LIMIT ?"
    }

    /// Rows from the end, last first. Bind: [filter], limit.
    var last: String {
        let condition = filter.map { " WHERE \($0)" } ?? ""
        return "\(select)\(condition) ORDER BY \(order(" DESC")) LIMIT ?"
    }

    private func compose(comparison: String, direction: String) -> String {
        let placeholders = Array(repeating: "?", count: keyColumns.count).joined(separator: ", ")
        var condition = "(\(keyColumns.joined(separator: ", "))) \(comparison) (\(placeholders))"
        if let filter { condition += " AND \(filter)" }
        return "\(select) WHERE \(condition) ORDER BY \(order(direction)) LIMIT ?"
    }

    private func order(_ direction: String) -> String {
        keyColumns.map { $0 + direction }.joined(separator: ", ")
    }
}

/// Where a window starts, or which end it is read from.
public enum WindowAnchor: Equatable, Sendable {
    case start
    case end
    case at([SQLValue])
    case before([SQLValue])
}

extension Database {
    /// Runs a keyset window query and maps rows; `.end` and `.before` read
    /// backwards and are returned in pane order.
    func window<T>(_ query: KeysetWindow, anchor: WindowAnchor, filter: SQLValue?, limit: Int,
                   map: (Row) throws -> T) throws -> [T] {
        let filterValues = filter.map { [$0] } ?? []
        let limitValue = SQLValue.integer(Int64(limit))
        switch anchor {
        case .start:
            return try rows(query.first, filterValues + [limitValue], map)
        case .end:
            return try rows(query.last, filterValues + [limitValue], map).reversed()
        case .at(let key):
            return try rows(query.forward, key + filterValues + [limitValue], map)
        case .before(let key):
            return try rows(query.backward, key + filterValues + [limitValue], map).reversed()
        }
    }
}
