import SegmentCore

/// A form drawn as a box over the dashboard: one line per field, the focused
/// one marked and showing the cursor, hints beside empty ones, and what was
/// wrong with the last try.
enum EntryFormBox {
    static func render(into screen: inout Screen, _ form: EntryForm, width: Int, height: Int) {
        let boxWidth = min(width - 2, 72)
        let inner = boxWidth - 4
        // The labels' column fits the widest label in the interface's
        // language, with the marker before it and a blank column after.
        let labels = form.fields.map { localized($0.label) }
        let labelColumn = min(max(11, 3 + (labels.map(DisplayWidth.of).max() ?? 0)), inner / 3)
        // What was wrong can be long (the consumers a name matches): up to
        // three lines. Else a focused field's hint too wide for its row (the
        // seven kinds of notice) is read whole there, instead of the note.
        let focusedHint = localized(form.focusedField.hint)
        let hintRoom = inner - labelColumn - 2
        let message = form.problem.map { Array(TextLayout.wrap(UntrustedText.line($0.description), width: inner).prefix(3)) }
            ?? ((form.values[form.focusedField.key] ?? "").isEmpty && DisplayWidth.of(focusedHint) > hintRoom
                ? Array(TextLayout.wrap(focusedHint, width: inner).prefix(3)) : [form.kind.note])
        let rows = form.fields.count + 5 + message.count
        let area = Rect(x: (width - boxWidth) / 2, y: max(1, (height - rows) / 2), width: boxWidth, height: rows)
        screen.box(area)
        screen.write(form.kind.title, x: area.x + 2, y: area.y + 1, limit: inner, role: .header)
        for (index, field) in form.fields.enumerated() {
            let y = area.y + 3 + index
            let focused = index == form.focus
            let value = form.values[field.key] ?? ""
            screen.write((focused ? "▸ " : "  ") + labels[index], x: area.x + 2, y: y, limit: labelColumn,
                         role: focused ? .footerKey : .normal)
            let x = area.x + 2 + labelColumn + 1
            let limit = area.x + boxWidth - 2 - x
            // The end of a long value stays in view while it is typed.
            let shown = TextLayout.tail(UntrustedText.line(value), limit - 1)
            let written = screen.write(shown + (focused ? "▏" : ""), x: x, y: y, limit: limit, role: focused ? .input : .normal)
            // The hint starts where the value would, after the cursor when there is one.
            let gap = focused ? 1 : 0
            if value.isEmpty, written + gap + 1 < limit {
                screen.write(localized(field.hint), x: x + written + gap, y: y, limit: limit - written - gap, role: .dim)
            } else if let check = form.check(field.key), written + 2 < limit {
                screen.write(check.text.description, x: x + written + 1, y: y, limit: limit - written - 1,
                             role: check.isProblem ? .error : .dim)
            }
        }
        for (offset, line) in message.enumerated() {
            screen.write(line, x: area.x + 2, y: area.maxY - 1 - message.count + offset, limit: inner,
                         role: form.problem == nil ? .dim : .error)
        }
    }
}
