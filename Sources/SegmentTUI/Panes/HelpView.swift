/// The `?` screen: every key of a view, drawn from the keymap table.
enum HelpView {
    static func lines(for mode: Mode) -> [DetailLine] {
        var lines = [DetailLine("", "Keys: \(mode.rawValue) (Esc or q closes)", .header), .blank]
        for binding in Keymap.bindings(for: mode) {
            lines.append(DetailLine(binding.keys.map(\.label).joined(separator: " "), "\(binding.help)   :\(binding.name)"))
        }
        if mode == .dashboard || mode == .detail {
            lines += [.blank, .heading("Command line"),
                      DetailLine(":theme NAME", "switch theme (default, light, high-contrast, mono)"),
                      DetailLine(":assign LOGIN", "assign the incident(s) to an operator; :assign me"),
                      DetailLine(":sev I U", "set impact and urgency, 1 high to 3 low (gives P1-P5)"),
                      DetailLine(":status S [R]", "set status; resolved/closed need a resolution"),
                      DetailLine(":new O S TITLE", "incident taken by phone: organisation number, service, title"),
                      DetailLine(":reply TEXT", "reply to the incident's reporter (asks first)"),
                      DetailLine(":ref REF", "record the provider's reference on a case"),
                      DetailLine(":uncase", "take the incident(s) out of their provider case"),
                      DetailLine(":update TEXT", "record what the provider said on a case"),
                      DetailLine(":resolve TEXT", "resolve a case and tell every reporter (asks first)"),
                      DetailLine(":join", "on an outage notice: its open reports from before it was announced join its case"),
                      DetailLine(":consumer ORGNO", "attach an unmatched mail report to its consumer"),
                      DetailLine(":service KEY", "say which service the incident is about"),
                      DetailLine(":note TEXT", "internal note in the record's history; never sent")]
        }
        return lines
    }

    /// What the help-style view shows now, wrapped to the screen: the help
    /// when open, else the outbox.
    static func sheetLines(_ state: AppState) -> [DetailLine] {
        let lines: [DetailLine]
        if let help = state.help {
            lines = Self.lines(for: help)
        } else if let outbox = state.outbox {
            lines = OutboxView.lines(outbox, state)
        } else {
            return []
        }
        // A wrapped line's continuation gets a blank label, so it stays in the text column.
        return lines.flatMap { line -> [DetailLine] in
            let width = max(10, state.width - (line.label.isEmpty ? 2 : 19))
            return TextLayout.wrap(line.text, width: width).enumerated().map {
                DetailLine($0.offset == 0 || line.label.isEmpty ? line.label : " ", $0.element, line.role)
            }
        }
    }

    static func render(into screen: inout Screen, area: Rect, lines: [DetailLine], scroll: Int) {
        let offset = RecordView.clampedScroll(scroll, lineCount: lines.count, height: area.height)
        for (index, line) in lines.dropFirst(offset).prefix(area.height).enumerated() {
            let y = area.y + index
            screen.write(TextLayout.fit(line.label, 16), x: area.x + 1, y: y, limit: 16, role: .footerKey)
            let x = line.label.isEmpty ? area.x + 1 : area.x + 18
            screen.write(line.text, x: x, y: y, limit: area.width - x, role: line.role)
        }
    }
}
