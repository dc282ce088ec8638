import SegmentCore

/// One row of a pane's window, of the kind its descriptor reads.
public protocol PaneRow: Equatable, Sendable {
    var id: Int64 { get }
    /// The sort key, where keyset pagination continues from.
    var key: [SQLValue] { get }
    /// The record's version as read, for the kinds whose records carry one.
    var versionRead: Int? { get }
    /// Rows of this kind as the pane that reads them holds them.
    static func held(_ rows: [Self]) -> PaneRows.Held
}

extension PaneRow {
    public var versionRead: Int? { nil }
}

/// The rows a pane holds: its visible window plus one row of look-ahead, so
/// the reducer knows whether there is more below without asking the store.
/// The rows are held as their pane's own kind, one case per pane, and read
/// back by the pane through its case.
public struct PaneRows: Equatable, Sendable {
    /// The rows, by the pane that read them.
    public enum Held: Equatable, Sendable {
        case none
        case incidents([IncidentRow])
        case cases([CaseRow])
        case notices([NoticeRow])
        case needs([NeedRow])
        case consumers([ConsumerRow])
        case providers([ProviderRow])
        case articles([ArticleRow])
    }

    public let held: Held
    private let ids: [Int64]
    private let keys: [[SQLValue]]
    private let versions: [Int?]

    /// No rows yet.
    public init() {
        held = .none
        ids = []
        keys = []
        versions = []
    }

    public init<Row: PaneRow>(_ rows: [Row]) {
        held = Row.held(rows)
        ids = rows.map(\.id)
        keys = rows.map(\.key)
        versions = rows.map(\.versionRead)
    }

    public var count: Int { ids.count }

    /// The sort key of row `index`, where keyset pagination continues from.
    public func key(_ index: Int) -> [SQLValue] { keys[index] }

    /// The record id of row `index`.
    public func id(_ index: Int) -> Int64 { ids[index] }

    /// The version of row `index` as read, for the panes whose records carry one.
    public func version(_ index: Int) -> Int? { versions[index] }

    /// Rows are equal when both are empty, or held alike.
    public static func == (left: PaneRows, right: PaneRows) -> Bool {
        left.count == 0 && right.count == 0 || left.held == right.held
    }
}
