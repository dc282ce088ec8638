import SegmentCore

/// The box that asks before anything is sent or cannot be undone: the
/// question (what, to how many), the exact text, and which key does what.
/// Cancel is the default: only `y` goes ahead.
enum ConfirmationBox {
    static func render(into screen: inout Screen, _ confirmation: Confirmation, width: Int, height: Int) {
        let boxWidth = min(width - 4, 100)
        let boxHeight = min(height - 4, confirmation.preview.count + 6)
        let area = Rect(x: (width - boxWidth) / 2, y: (height - boxHeight) / 2, width: boxWidth, height: boxHeight)
        screen.fill(area, role: .normal)
        let inner = area.width - 4
        screen.write("┌" + String(repeating: "─", count: area.width - 2) + "┐", x: area.x, y: area.y, limit: area.width, role: .border)
        screen.write("└" + String(repeating: "─", count: area.width - 2) + "┘", x: area.x, y: area.maxY - 1, limit: area.width, role: .border)
        for y in (area.y + 1)..<(area.maxY - 1) {
            screen.write("│", x: area.x, y: y, limit: 1, role: .border)
            screen.write("│", x: area.x + area.width - 1, y: y, limit: 1, role: .border)
        }
        var y = area.y + 1
        for line in TextLayout.wrap(UntrustedText.line(confirmation.question), width: inner).prefix(2) {
            screen.write(line, x: area.x + 2, y: y, limit: inner, role: .headerAlert)
            y += 1
        }
        let previewRows = area.maxY - 2 - y
        let shown = confirmation.preview.prefix(max(0, previewRows - 1))
        for line in shown {
            screen.write(TextLayout.fit(UntrustedText.line(line), inner), x: area.x + 2, y: y, limit: inner, role: .normal)
            y += 1
        }
        if shown.count < confirmation.preview.count {
            screen.write("… \(confirmation.preview.count - shown.count) more lines", x: area.x + 2, y: y, limit: inner, role: .dim)
        }
        screen.write("y yes · n, Esc or Enter: cancel (the default)", x: area.x + 2, y: area.maxY - 2, limit: inner,
                     role: .footerKey)
    }
}
