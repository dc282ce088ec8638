import SegmentCore

/// A pane's counts as its title shows them: all its rows, and those its filter matches.
public struct PaneCounts: Equatable, Sendable {
    public var total: Int
    public var matching: Int
    public var matchingIsFloor: Bool
    /// The filter the counts belong to.
    public var filter: String
}

/// Where a pane's window starts: the store reads from there.
public enum PaneAnchor: Equatable, Sendable {
    case start
    case end
    case at([SQLValue])
    /// `count` rows before the row with this key.
    case before([SQLValue], count: Int)
}

/// One pane's view state: where its window is, which row is selected, its
/// filter and marks, and the rows and counts last read from the store.
public struct PaneState: Equatable, Sendable {
    public var anchor: PaneAnchor = .start
    public var selected = 0
    public var filter = ""
    public var marked: Set<Int64> = []
    /// The version each marked record had when it was marked.
    public var markedVersions: [Int64: Int] = [:]
    public var rows: PaneRows
    /// Rows in the pane without a filter, and rows matching the filter.
    public var total = 0
    public var matching = 0
    /// True when more rows match than were counted (`matching` is a floor).
    public var matchingIsFloor = false
    /// The filter the counts belong to; nil when they must be read again.
    /// Scrolling keeps them, so a move costs one window query, not a count.
    public var countedFilter: String?

    /// True when the next load is for a move (j at the window's edge, a page,
    /// g or G): it keeps the selected row. Any other load (an edit, another
    /// operator's change, a filter) keeps the selected record.
    public var keepsRowOnLoad = false

    /// True when a change may have moved its rows while it was not on
    /// screen: it is read again when it is shown.
    public var isStale = false

    /// The most matches counted for a filter before "N+" is shown.
    public static let countLimit = 10_000

    public init() { rows = PaneRows() }

    /// The id of the selected row, when the pane has rows.
    public var selectedID: Int64? { selected < rows.count ? rows.id(selected) : nil }

    /// The rows an action applies to: the marked ones, else the selected one.
    public var targetIDs: [Int64] {
        if !marked.isEmpty { return marked.sorted() }
        return selectedID.map { [$0] } ?? []
    }

    /// The version the operator saw of each record in `ids`: as the window
    /// shows it now, else as it was when marked.
    public func versionsSeen(_ ids: [Int64]) -> [Int64: Int] {
        var seen: [Int64: Int] = [:]
        for id in ids {
            if let row = (0..<rows.count).first(where: { rows.id($0) == id }), let version = rows.version(row) {
                seen[id] = version
            } else if let version = markedVersions[id] {
                seen[id] = version
            }
        }
        return seen
    }

    /// Marks the selected row, or unmarks it.
    mutating func toggleMarkOnSelected() {
        guard let id = selectedID else { return }
        if marked.remove(id) == nil {
            marked.insert(id)
            markedVersions[id] = rows.version(selected)
        } else {
            markedVersions[id] = nil
        }
    }

    /// Takes counts read for it (while it was off screen).
    mutating func take(_ counts: PaneCounts) {
        (total, matching, matchingIsFloor, countedFilter) = (counts.total, counts.matching, counts.matchingIsFloor, counts.filter)
    }

    /// Selects the row of record `id` among the first `visible` rows;
    /// false, selecting nothing new, when they do not hold it.
    mutating func select(_ id: Int64, within visible: Int) -> Bool {
        guard let index = (0..<min(rows.count, visible)).first(where: { rows.id($0) == id }) else { return false }
        selected = index
        return true
    }

    /// Forgets every mark.
    mutating func clearMarks() {
        marked = []
        markedVersions = [:]
    }
}
