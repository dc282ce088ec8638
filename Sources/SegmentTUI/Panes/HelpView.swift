import SegmentCore

/// The `?` screen: every key of a view, drawn from the keymap table.
enum HelpView {
    static func lines(for mode: Mode, on pane: PaneKind) -> [DetailLine] {
        let place = mode == .dashboard || mode == .detail ? ", \(pane.title.lowercased())" : ""
        var lines = [DetailLine("", localized("Keys: {1}{2} (Esc or q closes)", localized(mode.rawValue), place), .header), .blank]
        for binding in Keymap.bindings(for: mode, on: pane) {
            lines.append(DetailLine(binding.keys.map(\.label).joined(separator: " "), "\(localized(binding.help))   :\(binding.name)"))
        }
        if mode == .dashboard || mode == .detail {
            lines += [.blank, .heading(localized("Command line"))]
            // A syntax wider than the margin gets a line of its own, so it is
            // never cut: ":stage STAGE [NOTE]", then what it does.
            lines += TypedCommands.all.filter { $0.applies(on: pane) }.flatMap { command -> [DetailLine] in
                let syntax = ":" + [command.name, command.arguments.isEmpty ? "" : localized(command.arguments)].filter { !$0.isEmpty }
                    .joined(separator: " ")
                return DisplayWidth.of(syntax) <= 16 ? [DetailLine(syntax, localized(command.help))]
                    : [DetailLine("", syntax, .label), DetailLine(" ", localized(command.help))]
            }
        }
        return lines
    }

    /// What the help or the open sheet shows, wrapped to the screen.
    static func sheetLines(_ state: AppState) -> [DetailLine] {
        let lines: [DetailLine]
        switch state.overlay {
        case .help(let mode):
            lines = (Layout(state).isCompact && mode == .dashboard ? [DetailLine("", CompactHeader.legend, .dim)] : [])
                + Self.lines(for: mode, on: state.currentPane)
        case .sheet(.outbox(let review)): lines = OutboxView.lines(review, state)
        case .sheet(.agreements(let review)): lines = AgreementView.lines(review, state)
        case .sheet(.digest(let digest)): lines = textLines(digest.text(in: Language.interface))
        case .sheet(.statistics(let statistics)): lines = textLines(statistics.text(unicode: state.plotsInUnicode, in: Language.interface))
        case .sheet(.correspondence(let sheet)): return CorrespondenceView.lines(sheet, state).map { fitted($0, state) }
        case .sheet(.alerts(let sheet)): return AlertsView.lines(sheet, state).map { fitted($0, state) }
        case .sheet(.message(let message, _)): lines = CorrespondenceView.lines(message, state)
        case .confirmation, .form, nil: return []
        }
        // A wrapped line's continuation gets a blank label, so it stays in the text column.
        return lines.flatMap { line -> [DetailLine] in
            let width = max(10, state.width - (line.label.isEmpty ? 2 : 19))
            return TextLayout.wrap(line.text, width: width).enumerated().map {
                DetailLine($0.offset == 0 || line.label.isEmpty ? line.label : " ", $0.element, line.role)
            }
        }
    }

    /// A line cut to the screen, so a list keeps one line per message:
    /// Enter shows the message whole.
    private static func fitted(_ line: DetailLine, _ state: AppState) -> DetailLine {
        DetailLine(line.label, TextLayout.fit(line.text, max(10, state.width - (line.label.isEmpty ? 2 : 19))), line.role)
    }

    private static func textLines(_ text: String) -> [DetailLine] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { DetailLine("", String($0)) }
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
