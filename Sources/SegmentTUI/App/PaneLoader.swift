import SegmentCore

/// A pane's window as the store holds it: where it settled, its rows (one
/// more than show, as look-ahead) and, when they were out of date, its counts.
public struct PaneWindow: Equatable, Sendable {
    public var anchor: PaneAnchor
    public var rows: PaneRows
    public var counts: PaneCounts?
}

/// Reads a pane's visible window and counts from the store, and finds where
/// a record stands. The only place panes query; which row is selected is
/// the reducer's to settle.
struct PaneLoader {
    let store: Store

    /// The window at the pane's anchor, with its counts read again when its
    /// filter changed since they were counted.
    func read(_ kind: PaneKind, _ pane: PaneState, rows visible: Int) throws -> PaneWindow {
        var window = try readWindow(kind, at: pane.anchor, filter: pane.filter, rows: visible)
        if pane.countedFilter != pane.filter { window.counts = try counts(kind, pane) }
        return window
    }

    /// The pane's counts: its total read again unless it was counted
    /// already (a move keeps them), its matches under its filter.
    func counts(_ kind: PaneKind, _ pane: PaneState) throws -> PaneCounts {
        let total = pane.countedFilter == nil ? try count(kind, filter: "") : pane.total
        let counted = kind.isFiltered(by: pane.filter) ? try count(kind, filter: pane.filter) : total
        return PaneCounts(total: total, matching: min(counted, PaneState.countLimit), matchingIsFloor: counted > PaneState.countLimit,
                          filter: pane.filter)
    }

    /// The window that shows record `id` on screen row `screenRow` (or as
    /// near it as the pane's start allows); nil when the pane under `filter`
    /// does not hold the record.
    func locate(_ kind: PaneKind, id: Int64, filter: String, screenRow: Int, rows visible: Int) throws -> PaneWindow? {
        guard let key = try kind.descriptor.key(store, id: id, filter: filter) else { return nil }
        return try readWindow(kind, at: screenRow > 0 ? .before(key, count: screenRow) : .at(key), filter: filter, rows: visible)
    }

    /// The rows from `anchor`, and one of look-ahead; a window read
    /// backwards or from the end is settled on its first row and read
    /// forwards, so it is whole.
    private func readWindow(_ kind: PaneKind, at anchor: PaneAnchor, filter: String, rows visible: Int) throws -> PaneWindow {
        let limit = visible + 1
        var window: PaneWindow
        switch anchor {
        case .start, .at:
            window = PaneWindow(anchor: anchor, rows: try read(kind, anchor: windowAnchor(anchor), limit: limit, filter: filter))
        case .end:
            window = try settle(kind, top: try read(kind, anchor: .end, limit: visible, filter: filter), filter: filter, visible: visible)
        case let .before(key, count):
            let earlier = try read(kind, anchor: .before(key), limit: count, filter: filter)
            window = earlier.count == 0
                ? PaneWindow(anchor: .at(key), rows: try read(kind, anchor: .at(key), limit: limit, filter: filter))
                : try settle(kind, top: earlier, filter: filter, visible: visible)
        }
        if case .at = window.anchor, window.rows.count == 0 {
            window = PaneWindow(anchor: .start, rows: try read(kind, anchor: .start, limit: limit, filter: filter))
        }
        return window
    }

    /// The window read forward from the first of `top`.
    private func settle(_ kind: PaneKind, top: PaneRows, filter: String, visible: Int) throws -> PaneWindow {
        let anchor: PaneAnchor = top.count > 0 ? .at(top.key(0)) : .start
        return PaneWindow(anchor: anchor, rows: try read(kind, anchor: windowAnchor(anchor), limit: visible + 1, filter: filter))
    }

    private func windowAnchor(_ anchor: PaneAnchor) -> WindowAnchor {
        switch anchor {
        case .start: .start
        case .end: .end
        case .at(let key): .at(key)
        case .before(let key, _): .before(key)
        }
    }

    private func read(_ kind: PaneKind, anchor: WindowAnchor, limit: Int, filter: String) throws -> PaneRows {
        try kind.descriptor.read(store, anchor: anchor, limit: limit, filter: filter)
    }

    private func count(_ kind: PaneKind, filter: String) throws -> Int {
        try kind.descriptor.count(store, filter: filter)
    }

    /// A record with its related records, for the detail view or the preview.
    func record(_ kind: PaneKind, id: Int64) throws -> RecordDetail {
        try kind.descriptor.record(store, id: id)
    }
}
