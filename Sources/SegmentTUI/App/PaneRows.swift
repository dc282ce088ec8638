import SegmentCore

/// One row of a pane's window, of the kind its descriptor reads.
public protocol PaneRow: Equatable, Sendable {
    var id: Int64 { get }
    /// The sort key, where keyset pagination continues from.
    var key: [SQLValue] { get }
    /// The record's version as read, for the kinds whose records carry one.
    var versionRead: Int? { get }
}

extension PaneRow {
    public var versionRead: Int? { nil }
}

/// The rows a pane holds: its visible window plus one row of look-ahead, so
/// the reducer knows whether there is more below without asking the store.
/// Of one pane's row kind; the pane's descriptor reads them back with `of`.
public struct PaneRows: Equatable, Sendable {
    private let list: any RowList

    /// No rows yet.
    public init() { list = Rows<NoRow>(rows: []) }

    public init<Row: PaneRow>(_ rows: [Row]) { list = Rows(rows: rows) }

    public var count: Int { list.count }

    /// The sort key of row `index`, where keyset pagination continues from.
    public func key(_ index: Int) -> [SQLValue] { list.key(index) }

    /// The record id of row `index`.
    public func id(_ index: Int) -> Int64 { list.id(index) }

    /// The version of row `index` as read, for the panes whose records carry one.
    public func version(_ index: Int) -> Int? { list.version(index) }

    /// The rows as `Row`s; none when they are of another kind.
    public func of<Row: PaneRow>(_ kind: Row.Type) -> [Row] { (list as? Rows<Row>)?.rows ?? [] }

    /// Rows are equal when both are empty, or of one kind and equal.
    public static func == (left: PaneRows, right: PaneRows) -> Bool {
        left.count == 0 && right.count == 0 || left.list.isSame(as: right.list)
    }
}

private protocol RowList: Sendable {
    var count: Int { get }
    func key(_ index: Int) -> [SQLValue]
    func id(_ index: Int) -> Int64
    func version(_ index: Int) -> Int?
    func isSame(as other: any RowList) -> Bool
}

private struct Rows<Row: PaneRow>: RowList {
    let rows: [Row]

    var count: Int { rows.count }
    func key(_ index: Int) -> [SQLValue] { rows[index].key }
    func id(_ index: Int) -> Int64 { rows[index].id }
    func version(_ index: Int) -> Int? { rows[index].versionRead }
    func isSame(as other: any RowList) -> Bool { (other as? Self)?.rows == rows }
}

/// The kind of an empty window read before any pane was.
private struct NoRow: PaneRow {
    let id: Int64
    var key: [SQLValue] { [] }
}
