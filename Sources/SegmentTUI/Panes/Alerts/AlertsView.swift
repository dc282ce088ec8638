import SegmentCore

/// The open alerts as lines: one each, its priority, when it was raised,
/// who was told and its title, and under it how far it went.
enum AlertsView {
    /// Lines above the first alert.
    static let listHeaderLines = 3

    static func lines(_ sheet: AlertsSheet, _ state: AppState) -> [DetailLine] {
        var lines = [
            DetailLine("", localized("Open alerts: {1}, newest first", Format.count(sheet.alerts.count)), .header),
            DetailLine("", localized("j k choose · a acknowledges · Enter opens its record · Esc closes"), .dim),
            .blank,
        ]
        if sheet.alerts.isEmpty { lines.append(DetailLine("", localized("no open alerts: nothing waits for the person on call"), .dim)) }
        for (index, alert) in sheet.alerts.enumerated() {
            let told = alert.sentTo.last.map { localized("to {1}", $0) } ?? (alert.held ? localized("held for morning") : localized("no one yet"))
            let text = "ALERT-\(alert.id) \(alert.priority.label) · \(UntrustedText.line(alert.title)) · \(told)"
            let role: Role = alert.priority == .p1 ? .slaBreached : .normal
            let line = DetailLine.timed(alert.raisedAt, text, state.timeZone, role)
            lines.append(index == sheet.selected ? DetailLine(line.label, "▸ " + line.text, .selected) : DetailLine(line.label, "  " + line.text, line.role))
        }
        return lines
    }
}
