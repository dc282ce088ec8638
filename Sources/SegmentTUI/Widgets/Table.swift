import SegmentCore

/// A column of a table: a heading and a width, fixed or taking what is left.
/// The heading is given in English and shown in the operator's language; a
/// fixed column is never narrower than its heading.
struct Column {
    let heading: String
    let width: Int
    let flexible: Bool
    let alignRight: Bool

    static func fixed(_ heading: String, _ width: Int, right: Bool = false) -> Column {
        let shown = localized(heading)
        return Column(heading: shown, width: max(width, DisplayWidth.of(shown)), flexible: false, alignRight: right)
    }

    static func rest(_ heading: String, minimum: Int = 10) -> Column {
        Column(heading: localized(heading), width: minimum, flexible: true, alignRight: false)
    }
}

/// One cell's text and, optionally, a role of its own.
struct TableCell {
    let text: String
    let role: Role?

    init(_ text: String, _ role: Role? = nil) {
        self.text = text
        self.role = role
    }
}

/// Draws a heading row and data rows into an area, one space between columns.
/// Cell text is sanitised by the caller; the table only cuts and pads.
struct Table {
    let columns: [Column]

    /// Column widths for a total width: flexible columns share what fixed
    /// ones leave. On a narrow screen the flexible column (a title, a name)
    /// keeps room to be read: fixed columns leave from the right, width 0,
    /// the first two staying, until it has `readableRest` columns.
    func widths(for total: Int) -> [Int] {
        let flexibleCount = columns.filter(\.flexible).count
        guard flexibleCount > 0 else { return columns.map(\.width) }
        var kept = Array(repeating: true, count: columns.count)
        func spare() -> Int {
            let shown = columns.indices.filter { kept[$0] }
            return total - (shown.count - 1) - shown.filter { !columns[$0].flexible }.reduce(0) { $0 + columns[$1].width }
        }
        for index in columns.indices.reversed() where index > 1 && !columns[index].flexible && spare() / flexibleCount < Self.readableRest {
            kept[index] = false
        }
        let share = max(spare() / flexibleCount, 0)
        return columns.indices.map { !kept[$0] ? 0 : columns[$0].flexible ? share : columns[$0].width }
    }

    /// The least a flexible column gets while a fixed column can leave for it.
    static let readableRest = 12

    func render(into screen: inout Screen, area: Rect, rows: [[TableCell]], rowRoles: [Role], headingRole: Role) {
        let widths = widths(for: area.width)
        drawRow(into: &screen, y: area.y, x: area.x, limit: area.width, widths: widths,
                cells: columns.map { TableCell($0.heading) }, rowRole: headingRole, keepCellRoles: false)
        for (index, cells) in rows.enumerated() where index + 1 < area.height {
            let role = rowRoles[index]
            drawRow(into: &screen, y: area.y + 1 + index, x: area.x, limit: area.width, widths: widths, cells: cells,
                    rowRole: role, keepCellRoles: role != .selected)
        }
    }

    private func drawRow(into screen: inout Screen, y: Int, x: Int, limit: Int, widths: [Int], cells: [TableCell],
                         rowRole: Role, keepCellRoles: Bool) {
        screen.fill(Rect(x: x, y: y, width: limit, height: 1), role: rowRole)
        var column = x
        for (index, cell) in cells.enumerated() where index < widths.count && widths[index] > 0 {
            let width = min(widths[index], x + limit - column)
            guard width > 0 else { break }
            let role = keepCellRoles ? (cell.role ?? rowRole) : rowRole
            // The row is filled already: a cell that fits is written where
            // it aligns, one that does not is cut with an ellipsis; no
            // padded copy of it is made.
            let textWidth = DisplayWidth.oneColumnEach(cell.text) ?? DisplayWidth.of(cell.text)
            if textWidth <= width {
                screen.write(cell.text, x: column + (columns[index].alignRight ? width - textWidth : 0), y: y, limit: width, role: role)
            } else {
                let written = screen.write(cell.text, x: column, y: y, limit: width - 1, role: role)
                screen.write("…", x: column + written, y: y, limit: 1, role: role)
            }
            column += width + 1
        }
    }
}
