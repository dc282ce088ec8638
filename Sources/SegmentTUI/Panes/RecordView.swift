import SegmentCore

/// Draws a record's lines into an area, scrolled, with labels in a margin.
enum RecordView {
    static func render(into screen: inout Screen, area: Rect, record: RecordDetail, history: [JournalEntry],
                       scroll: Int, state: AppState, showsHistory: Bool = true) {
        var lines = DetailText.wrapped(record, history: history, state: state, width: area.width)
        if !showsHistory, let cut = lines.firstIndex(of: .heading(DetailText.historyHeading)) { lines = Array(lines[..<max(0, cut - 1)]) }
        let offset = clampedScroll(scroll, lineCount: lines.count, height: area.height)
        for (index, line) in lines.dropFirst(offset).prefix(visibleLines(lines.count, height: area.height)).enumerated() {
            let y = area.y + index
            if !line.label.isEmpty {
                screen.write(TextLayout.fit(line.label, DetailText.labelWidth - 1), x: area.x, y: y,
                             limit: DetailText.labelWidth - 1, role: .label)
            }
            let x = line.label.isEmpty && (line.role == .header || line.role == .columnHeader) ? area.x : area.x + DetailText.labelWidth
            screen.write(line.text, x: x, y: y, limit: area.x + area.width - x, role: line.role)
        }
        if lines.count > area.height {
            let last = min(lines.count, offset + visibleLines(lines.count, height: area.height))
            let position = " " + localized("lines {1}-{2} of {3}", offset + 1, last, lines.count) + " "
            let width = DisplayWidth.of(position)
            screen.write(position, x: area.x + area.width - width, y: area.maxY - 1, limit: width, role: .dim)
        }
    }

    /// Lines of content shown: all rows, or all but the last when the
    /// content does not fit and that row says where in it the view is.
    static func visibleLines(_ lineCount: Int, height: Int) -> Int {
        lineCount > height ? max(1, height - 1) : height
    }

    /// The scroll offset kept inside the content.
    static func clampedScroll(_ scroll: Int, lineCount: Int, height: Int) -> Int {
        max(0, min(scroll, lineCount - visibleLines(lineCount, height: height)))
    }
}
