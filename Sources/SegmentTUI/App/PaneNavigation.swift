/// Moving the selection through a pane that holds only its visible window:
/// inside the window the selection moves; at an edge the window's anchor moves
/// and the pane must be read again.
enum PaneNavigation {
    /// Applies a movement; returns true when the pane must be reloaded, false
    /// when only the selection moved, nil when nothing changed. A reload for
    /// a move keeps the row the selection moved to, not the record it left.
    /// Moving down past the last row scrolls by `scrollStep` rows: one on a
    /// full-width pane, which the terminal scrolls cheaply, half a pane in
    /// the overview, where every scrolled row is written again.
    static func move(_ command: Command, pane: inout PaneState, rows visible: Int, scrollStep: Int = 1) -> Bool? {
        let result = step(command, pane: &pane, rows: visible, scrollStep: scrollStep)
        if result == true { pane.keepsRowOnLoad = true }
        return result
    }

    private static func step(_ command: Command, pane: inout PaneState, rows visible: Int, scrollStep: Int) -> Bool? {
        let loaded = pane.rows.count
        let shown = min(loaded, visible)
        switch command {
        case .moveDown:
            if pane.selected + 1 < shown {
                pane.selected += 1
                return false
            }
            guard loaded > visible else { return nil }
            let step = max(1, min(scrollStep, visible))
            pane.anchor = .at(pane.rows.key(step))
            pane.selected = shown - step
            return true
        case .moveUp:
            if pane.selected > 0 {
                pane.selected -= 1
                return false
            }
            guard loaded > 0, pane.anchor != .start else { return nil }
            pane.anchor = .before(pane.rows.key(0), count: 1)
            return true
        case .pageDown:
            if loaded > visible {
                pane.anchor = .at(pane.rows.key(visible))
                return true
            }
            guard shown > 0, pane.selected != shown - 1 else { return nil }
            pane.selected = shown - 1
            return false
        case .pageUp:
            if pane.anchor == .start || loaded == 0 {
                guard pane.selected != 0 else { return nil }
                pane.selected = 0
                return false
            }
            pane.anchor = .before(pane.rows.key(0), count: visible)
            return true
        case .moveToTop:
            pane.anchor = .start
            pane.selected = 0
            return true
        case .moveToBottom:
            pane.anchor = .end
            pane.selected = visible - 1
            return true
        default:
            return nil
        }
    }
}
