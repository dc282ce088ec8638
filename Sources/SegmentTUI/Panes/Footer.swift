import SegmentCore

/// The bottom line: what is being typed, else the last message, else the
/// keys of the current view from the keymap.
enum Footer {
    /// The most lines a status message takes at the bottom.
    static let messageLines = 3

    static func render(into screen: inout Screen, row: Int, state: AppState) {
        let width = state.width
        screen.fill(Rect(x: 0, y: row, width: width, height: 1), role: .footer)
        if state.form != nil {
            screen.write(" " + localized("Tab next field · Shift-Tab back · Enter save · Esc cancel"), x: 0, y: row, limit: width,
                         role: .footerKey)
            return
        }
        switch state.input {
        case .filter:
            let pane = state.focusedPane
            let count = " \(PaneTable.matches(pane))  " + localized("Enter keeps · Esc clears")
            var x = screen.write("/", x: 0, y: row, limit: width, role: .footerKey)
            x += screen.write(UntrustedText.line(pane.filter) + "▏", x: x, y: row, limit: width - x, role: .input)
            screen.write(count, x: x, y: row, limit: width - x, role: .footer)
            return
        case .command(let text):
            let x = screen.write(":", x: 0, y: row, limit: width, role: .footerKey)
            screen.write(UntrustedText.line(text) + "▏", x: x, y: row, limit: width - x, role: .input)
            return
        case .none:
            break
        }
        if let message = state.message {
            // A message longer than the line takes the lines above it (up to
            // three) until the next key: a refusal is read whole, not cut.
            let lines = TextLayout.wrap(UntrustedText.line(message.text), width: max(10, width - 2))
            let shown = Array(lines.prefix(min(Self.messageLines, max(1, row))))
            for (index, line) in shown.enumerated() {
                let y = row - shown.count + 1 + index
                screen.fill(Rect(x: 0, y: y, width: width, height: 1), role: .footer)
                let text = index == shown.count - 1 && lines.count > shown.count ? String(line.dropLast()) + "…" : line
                screen.write(" " + text, x: 0, y: y, limit: width, role: message.isError ? .error : .message)
            }
            return
        }
        if let proposal = state.overview.proposals.first, state.mode == .dashboard {
            let more = state.overview.proposals.count > 1 ? " " + localized("(+{1} more)", state.overview.proposals.count - 1) : ""
            screen.fill(Rect(x: 0, y: row, width: width, height: 1), role: .headerAlert)
            // The key first, so a narrow terminal cuts the detail, not the action.
            screen.write(" ! " + localized("m groups: {1}", UntrustedText.line(proposal.summary)) + more,
                         x: 0, y: row, limit: width, role: .headerAlert)
            return
        }
        var x = 1
        for binding in Keymap.bindings(for: state.mode, on: state.currentPane) where binding.inFooter {
            let key = binding.keys[0].label, help = localized(binding.help)
            guard x + DisplayWidth.of(key) + DisplayWidth.of(help) + 3 < width else { break }
            x += screen.write(key, x: x, y: row, limit: width - x, role: .footerKey)
            x += screen.write(" \(help)  ", x: x, y: row, limit: width - x, role: .footer)
        }
    }
}

extension StatusMessage {
    /// The line's words, in the operator's language.
    public var text: String {
        switch content {
        case .said(let wording): wording.description
        case .changed(let change): change.description
        case .refused(let error): error.description
        }
    }
}
