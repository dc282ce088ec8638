import SegmentCore

/// The box that asks before anything is sent or cannot be undone: the
/// question (what, to how many), the exact text, scrollable with the move
/// keys, and which key does what. Cancel is the default: only `y` goes ahead.
enum ConfirmationBox {
    /// Where the box and its parts go on a screen of a given size.
    struct Geometry {
        let area: Rect
        let question: [String]
        /// Rows of message text the box shows at once.
        let textRows: Int
        /// The message text wrapped to the box: every line read whole.
        let lines: [String]

        var lineCount: Int { lines.count }

        var inner: Int { area.width - 4 }
        /// Text rows less the one that says where in the text the box is, when it does not all fit.
        var visibleLines: Int { lineCount > textRows ? max(1, textRows - 1) : textRows }
        var maximumScroll: Int { max(0, lineCount - visibleLines) }
    }

    static func geometry(_ confirmation: Confirmation, width: Int, height: Int) -> Geometry {
        let boxWidth = min(width - 4, 100)
        let question = Array(TextLayout.wrap(UntrustedText.line(confirmation.question.description), width: boxWidth - 4).prefix(3))
        let lines = confirmation.preview.flatMap { TextLayout.wrap(UntrustedText.line($0.description), width: max(1, boxWidth - 4)) }
        let boxHeight = min(height - 4, lines.count + question.count + 4)
        let area = Rect(x: (width - boxWidth) / 2, y: (height - boxHeight) / 2, width: boxWidth, height: boxHeight)
        return Geometry(area: area, question: question, textRows: max(1, boxHeight - question.count - 4), lines: lines)
    }

    static func render(into screen: inout Screen, _ confirmation: Confirmation, width: Int, height: Int) {
        let geometry = geometry(confirmation, width: width, height: height)
        let area = geometry.area, inner = geometry.inner
        screen.box(area)
        var y = area.y + 1
        for line in geometry.question {
            screen.write(line, x: area.x + 2, y: y, limit: inner, role: .headerAlert)
            y += 1
        }
        y += 1
        let scroll = min(confirmation.scroll, geometry.maximumScroll)
        for line in geometry.lines.dropFirst(scroll).prefix(geometry.visibleLines) {
            screen.write(line, x: area.x + 2, y: y, limit: inner, role: .normal)
            y += 1
        }
        if geometry.lineCount > geometry.visibleLines {
            let last = min(geometry.lineCount, scroll + geometry.visibleLines)
            screen.write(localized("lines {1}-{2} of {3}", scroll + 1, last, geometry.lineCount) + " · " + localized("j k PgDn PgUp scroll"), x: area.x + 2, y: y,
                         limit: inner, role: .dim)
        }
        screen.write(localized("y yes · n, Esc or Enter: cancel (the default)"), x: area.x + 2, y: area.maxY - 2, limit: inner,
                     role: .footerKey)
    }
}
