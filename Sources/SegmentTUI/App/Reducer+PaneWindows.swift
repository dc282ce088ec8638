import SegmentCore

extension Reducer {
    /// A pane's window as read takes the place of its rows. The selection
    /// stays on its record when the window holds it; else it stands on the
    /// nearest row (a new filter that hides the record: the first match)
    /// while the record is looked for where it went. A move (a page, g, G,
    /// j at the window's edge) keeps the selected row instead; G selects
    /// the last.
    static func settle(_ window: PaneWindow, in kind: PaneKind, _ state: inout AppState) -> [Effect] {
        guard var pane = state.panes[kind] else { return [] }
        let visible = Layout(state).listRows(for: kind, focus: state.focus)
        let following = pane.keepsRowOnLoad ? nil : pane.selectedID
        let screenRow = pane.selected
        let filterChanged = pane.countedFilter != nil && pane.countedFilter != pane.filter
        let toEnd = pane.anchor == .end
        pane.keepsRowOnLoad = false
        pane.isStale = false
        pane.anchor = window.anchor
        pane.rows = window.rows
        if let counts = window.counts { pane.take(counts) }
        if toEnd { pane.selected = visible }
        pane.selected = max(0, min(pane.selected, min(pane.rows.count, visible) - 1))
        if let following, !pane.select(following, within: visible) {
            if filterChanged { pane.selected = 0 }
            state.panes[kind] = pane
            return [.locateRecord(kind, id: following, screenRow: screenRow)]
        }
        state.panes[kind] = pane
        return kind == state.focus ? previewEffects(state) : []
    }

    /// The selected record found where it went: the window that shows it
    /// replaces the one read, with the record selected. When the pane no
    /// longer holds it, the nearest row stays selected.
    static func follow(_ id: Int64, to window: PaneWindow?, in kind: PaneKind, _ state: inout AppState) -> [Effect] {
        if let window, var pane = state.panes[kind] {
            var moved = pane
            moved.anchor = window.anchor
            moved.rows = window.rows
            if moved.select(id, within: Layout(state).listRows(for: kind, focus: state.focus)) { pane = moved }
            state.panes[kind] = pane
        }
        return kind == state.focus ? previewEffects(state) : []
    }
}
