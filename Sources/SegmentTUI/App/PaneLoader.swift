import SegmentCore

/// Reads a pane's visible window from the store: the rows from its anchor,
/// one row of look-ahead, and its counts. The only place panes query.
struct PaneLoader {
    let store: Store

    func load(_ kind: PaneKind, _ pane: PaneState, rows visible: Int) throws -> PaneState {
        var pane = pane
        let following = pane.keepsRowOnLoad ? nil : pane.selectedID
        let screenRow = pane.selected
        let filterChanged = pane.countedFilter != nil && pane.countedFilter != pane.filter
        pane.keepsRowOnLoad = false
        pane = try readWindow(kind, pane, rows: visible)
        if let following {
            pane = try follow(following, kind, pane, screenRow: screenRow, rows: visible)
            // A new filter that hides the record shows its matches from the top.
            if filterChanged && pane.selectedID != following { pane.selected = 0 }
        }
        if pane.countedFilter != pane.filter { pane.take(try counts(kind, pane)) }
        return pane
    }

    /// The pane's counts: its total read again unless it was counted
    /// already (a move keeps them), its matches under its filter.
    func counts(_ kind: PaneKind, _ pane: PaneState) throws -> PaneCounts {
        let total = pane.countedFilter == nil ? try count(kind, filter: "") : pane.total
        let counted = kind.isFiltered(by: pane.filter) ? try count(kind, filter: pane.filter) : total
        return PaneCounts(total: total, matching: min(counted, PaneState.countLimit), matchingIsFloor: counted > PaneState.countLimit,
                          filter: pane.filter)
    }

    /// Puts the selection on record `id`: on its row when the window holds
    /// it, else with the window moved so that the record stands on the same
    /// screen row as before; when the record has left the pane (closed out
    /// of a filter, say), the selection stays on the nearest row.
    private func follow(_ id: Int64, _ kind: PaneKind, _ pane: PaneState, screenRow: Int, rows visible: Int) throws -> PaneState {
        func row(of id: Int64, in pane: PaneState) -> Int? {
            (0..<min(pane.rows.count, visible)).first { pane.rows.id($0) == id }
        }
        var pane = pane
        if let index = row(of: id, in: pane) {
            pane.selected = index
            return pane
        }
        guard let key = try locate(kind, id: id, filter: pane.filter) else { return pane }
        var moved = pane
        moved.anchor = screenRow > 0 ? .before(key, count: screenRow) : .at(key)
        moved = try readWindow(kind, moved, rows: visible)
        guard let index = row(of: id, in: moved) else { return pane }
        moved.selected = index
        return moved
    }

    /// The rows from the pane's anchor, and one of look-ahead.
    private func readWindow(_ kind: PaneKind, _ pane: PaneState, rows visible: Int) throws -> PaneState {
        var pane = pane
        let limit = visible + 1
        switch pane.anchor {
        case .start, .at:
            pane.rows = try read(kind, anchor: windowAnchor(pane.anchor), limit: limit, filter: pane.filter)
        case .end:
            let tail = try read(kind, anchor: .end, limit: visible, filter: pane.filter)
            pane = try settle(kind, pane, top: tail, visible: visible)
            pane.selected = max(0, min(visible, tail.count) - 1)
        case let .before(key, count):
            let earlier = try read(kind, anchor: .before(key), limit: count, filter: pane.filter)
            if earlier.count == 0 {
                pane.anchor = .at(key)
                pane.rows = try read(kind, anchor: .at(key), limit: limit, filter: pane.filter)
            } else {
                pane = try settle(kind, pane, top: earlier, visible: visible)
            }
        }
        if case .at = pane.anchor, pane.rows.count == 0 {
            pane.anchor = .start
            pane.rows = try read(kind, anchor: .start, limit: limit, filter: pane.filter)
        }
        pane.selected = max(0, min(pane.selected, min(pane.rows.count, visible) - 1))
        return pane
    }

    /// The pane key of record `id` under `filter`, or nil when the pane does not show it.
    private func locate(_ kind: PaneKind, id: Int64, filter: String) throws -> [SQLValue]? {
        try kind.descriptor.key(store, id: id, filter: filter)
    }

    /// Re-reads forward from the first of `top`, so the window is whole.
    private func settle(_ kind: PaneKind, _ pane: PaneState, top: PaneRows, visible: Int) throws -> PaneState {
        var pane = pane
        guard top.count > 0 else {
            pane.anchor = .start
            pane.rows = try read(kind, anchor: .start, limit: visible + 1, filter: pane.filter)
            return pane
        }
        pane.anchor = .at(top.key(0))
        pane.rows = try read(kind, anchor: .at(top.key(0)), limit: visible + 1, filter: pane.filter)
        return pane
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
