import SegmentCore

/// Draws the whole screen from the state: header, panes (the focused one
/// open, the others as title lines), the preview on wide screens, a record or
/// the help on top, and the footer.
public enum DashboardView {
    public static func render(_ state: AppState) -> Screen {
        var screen = Screen(width: state.width, height: state.height)
        let layout = Layout(state)
        if layout.isTooSmall {
            drawTooSmall(&screen, state)
            return screen
        }
        drawHeader(&screen, state)
        let body = Rect(x: 0, y: 1, width: state.width, height: state.height - 2)
        switch state.overlay {
        case .help, .sheet:
            HelpView.render(into: &screen, area: body, lines: HelpView.sheetLines(state), scroll: state.helpScroll)
        case .confirmation, .form, nil:
            drawBody(&screen, body, layout, state)
        }
        switch state.overlay {
        case .confirmation(let box): ConfirmationBox.render(into: &screen, box, width: state.width, height: state.height)
        case .form(let form): EntryFormBox.render(into: &screen, form, width: state.width, height: state.height)
        case .help, .sheet, nil: break
        }
        Footer.render(into: &screen, row: layout.footerRow, state: state)
        return screen
    }

    /// Under any box: the open record, else the first steps of an empty
    /// segment, else the panes.
    private static func drawBody(_ screen: inout Screen, _ body: Rect, _ layout: Layout, _ state: AppState) {
        if let detail = state.detail {
            RecordView.render(into: &screen, area: body, record: detail.record, history: detail.history, scroll: detail.scroll,
                              state: state)
        } else if let steps = EmptySegment.steps(state.overview) {
            EmptySegment.render(into: &screen, area: body, steps: steps)
        } else if layout.isOverview {
            drawOverview(&screen, layout, state)
        } else {
            drawPanes(&screen, layout.panes, state)
            if layout.showsPreview { drawPreview(&screen, layout.preview, state) }
        }
    }

    private static func drawTooSmall(_ screen: inout Screen, _ state: AppState) {
        let lines = [localized("Terminal too small: {1}x{2}.", state.width, state.height),
                     localized("segdesk needs at least {1}x{2}.", Layout.minimumWidth, Layout.minimumHeight), localized("q quits.")]
        for (index, line) in lines.enumerated() {
            let y = state.height / 2 - 1 + index
            let x = max(0, (state.width - DisplayWidth.of(line)) / 2)
            screen.write(line, x: x, y: y, limit: state.width - x, role: index == 0 ? .error : .normal)
        }
    }

    /// The header: segdesk, what burns, and the operator and the clock at
    /// the right. When the width cannot hold every item, whole items are
    /// left out, the quiet ones first, and "+N" says how many; the clock
    /// always stays.
    private static func drawHeader(_ screen: inout Screen, _ state: AppState) {
        let overview = state.overview
        screen.fill(Rect(x: 0, y: 0, width: state.width, height: 1), role: .header)
        let compact = Layout(state).isCompact
        var x = screen.write(compact ? " " : " segdesk ", x: 0, y: 0, limit: state.width, role: .header)
        let replies = overview.unreadReplies
        let language = Language.interface
        let items: [(String, Bool)] = compact ? CompactHeader.items(overview) : (overview.readOnly ? [(localized("read-only"), true)] : [])
          + (overview.openAlerts > 0 ? [(language.counted(overview.openAlerts, "! {1} open alert", "! {1} open alerts"), true)] : [])
          + [(localized("{1} new", Format.count(overview.newIncidents)), overview.newIncidents > 0)]
          + (replies > 0 ? [(language.counted(replies, "{1} new reply", "{1} new replies"), true)] : []) + [
            (localized("{1} overdue", Format.count(overview.slaBreaches)), overview.slaBreaches > 0),
            (language.counted(overview.openCases, "{1} open case", "{1} open cases"), false),
        ] + (overview.casesLateAtProvider > 0
                ? [(localized("{1} late at provider", Format.count(overview.casesLateAtProvider)), true)] : []) + (overview.consumersNotReadyPastDeadline > 0
                ? [(localized("{1} not ready by deadline", Format.count(overview.consumersNotReadyPastDeadline)), true)] : [])
          + (overview.messagesFailed > 0 ? [(localized("{1} failed to send", Format.count(overview.messagesFailed)), true)] : [])
          + (overview.messagesQueued > 0 ? [(localized("{1} to send", Format.count(overview.messagesQueued)), false)] : [])
          + (overview.unmatchedIncidents > 0 ? [(localized("{1} unmatched", Format.count(overview.unmatchedIncidents)), true)] : [])
        let right = "\(UntrustedText.line(state.operatorLogin)) \(Format.timestamp(state.now, state.timeZone).suffix(5)) "
        let rightWidth = DisplayWidth.of(right)
        let width = { (text: String) in DisplayWidth.of(text) + 3 }
        let room = state.width - x - rightWidth - 1
        var shown = Set<Int>(), used = 0
        for index in items.indices.sorted(by: { (items[$0].1 ? 0 : 1, $0) < (items[$1].1 ? 0 : 1, $1) }) {
            let left = items.count - shown.count - 1
            let reserve = left > 0 ? width("+\(left)") : 0
            guard used + width(items[index].0) + reserve <= room else { continue }
            shown.insert(index)
            used += width(items[index].0)
        }
        for (index, item) in items.enumerated() where shown.contains(index) {
            x += screen.write(compact ? "" : "│ ", x: x, y: 0, limit: state.width - x, role: .header)
            x += screen.write(item.0, x: x, y: 0, limit: state.width - x, role: item.1 ? .headerAlert : .header)
            x += screen.write(" ", x: x, y: 0, limit: state.width - x, role: .header)
        }
        if shown.count < items.count {
            x += screen.write((compact ? "" : "│ ") + "+\(items.count - shown.count) ", x: x, y: 0, limit: max(0, state.width - rightWidth - x), role: .header)
        }
        if x + rightWidth <= state.width {
            screen.write(right, x: state.width - rightWidth, y: 0, limit: rightWidth, role: .header)
        }
    }

    private static func drawPanes(_ screen: inout Screen, _ area: Rect, _ state: AppState) {
        var y = area.y
        let layout = Layout(state)
        if layout.isCompact {
            drawTitle(&screen, Rect(x: area.x, y: y, width: area.width, height: 1), state.focus, state)
            let rows = layout.listRows(for: state.focus, focus: state.focus)
            drawList(&screen, Rect(x: area.x, y: y + 1, width: area.width, height: rows + 1), state.focus, state.panes[state.focus]!, state)
            let others = PaneKind.allCases.filter { $0 != state.focus }.map { "\($0.rawValue) \($0.title)" }.joined(separator: " · ")
            screen.fill(Rect(x: area.x, y: area.maxY - 1, width: area.width, height: 1), role: .paneTitle)
            screen.write(" " + others, x: area.x, y: area.maxY - 1, limit: area.width, role: .paneTitle)
            return
        }
        for kind in PaneKind.allCases {
            let focused = kind == state.focus
            drawTitle(&screen, Rect(x: area.x, y: y, width: area.width, height: 1), kind, state)
            y += 1
            guard focused else { continue }
            let listArea = Rect(x: area.x, y: y, width: area.width, height: layout.listRows(for: kind, focus: state.focus) + 1)
            drawList(&screen, listArea, kind, state.panes[kind]!, state)
            y += listArea.height
        }
    }

    /// The wide overview: four panes in a grid, each with its title and its
    /// own rows; the focused one's title marked and its selection shown.
    private static func drawOverview(_ screen: inout Screen, _ layout: Layout, _ state: AppState) {
        for kind in Layout.overviewPanes(focus: state.focus) {
            guard let area = layout.overviewArea(of: kind, focus: state.focus) else { continue }
            if area.x > 0 {
                for y in area.y..<area.maxY { screen.write("│", x: area.x - 1, y: y, limit: 1, role: .border) }
            }
            drawTitle(&screen, Rect(x: area.x, y: area.y, width: area.width, height: 1), kind, state)
            drawList(&screen, Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1), kind,
                     state.panes[kind]!, state)
        }
    }

    /// A pane's title line: its number, name and counts, marks and filter;
    /// a focused pane's title stands out and starts with ▶ so it shows
    /// without colour too.
    private static func drawTitle(_ screen: inout Screen, _ area: Rect, _ kind: PaneKind, _ state: AppState) {
        let pane = state.panes[kind]!
        let focused = kind == state.focus
        let role: Role = focused ? .paneTitleFocused : .paneTitle
        screen.fill(area, role: role)
        let marks = pane.marked.isEmpty ? "" : " · " + localized("{1} marked", Format.count(pane.marked.count))
        let order = kind != .incidents ? ""
            : kind.isFiltered(by: pane.filter) ? localized(", latest first") : " " + localized("(type 2 or more letters)")
        let filter = pane.filter.isEmpty ? "" : " · /\(UntrustedText.line(pane.filter))\(order)"
        let mark = Layout(state).isOverview && focused ? "▶" : " "
        let title = "\(mark)\(kind.rawValue) \(kind.title)  \(PaneTable.summary(kind, pane, state.overview))\(marks)\(filter)"
        screen.write(title, x: area.x, y: area.y, limit: area.width, role: role)
    }

    private static func drawList(_ screen: inout Screen, _ area: Rect, _ kind: PaneKind, _ pane: PaneState, _ state: AppState) {
        let visible = min(pane.rows.count, area.height - 1)
        let table = kind.descriptor.table(width: area.width)
        let cells = Array(kind.descriptor.cells(pane.rows, marked: pane.marked, width: area.width, state: state).prefix(visible))
        let focused = kind == state.focus
        let roles = (0..<cells.count).map { index -> Role in
            if index == pane.selected && focused { return .selected }
            return pane.marked.contains(pane.rows.id(index)) ? .marked : .normal
        }
        table.render(into: &screen, area: area, rows: cells, rowRoles: roles, headingRole: .columnHeader)
        if cells.isEmpty {
            let text = pane.filter.isEmpty ? localized("nothing here yet")
                : localized("nothing matches \"{1}\"; Esc clears the filter", UntrustedText.line(pane.filter))
            screen.write(text, x: area.x + 2, y: area.y + 2, limit: area.width - 2, role: .dim)
        }
    }

    private static func drawPreview(_ screen: inout Screen, _ area: Rect, _ state: AppState) {
        for y in area.y..<area.maxY { screen.write("│", x: area.x - 1, y: y, limit: 1, role: .border) }
        guard let record = state.preview else {
            screen.write(localized("no record selected"), x: area.x + 1, y: area.y + 1, limit: area.width - 1, role: .dim)
            return
        }
        RecordView.render(into: &screen, area: Rect(x: area.x + 1, y: area.y, width: area.width - 1, height: area.height),
                          record: record, history: [], scroll: 0, state: state, showsHistory: false)
    }
}
