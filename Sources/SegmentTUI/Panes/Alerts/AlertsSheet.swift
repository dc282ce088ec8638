import SegmentCore

/// The open alerts over the dashboard (`!`), newest first, with the one j
/// and k have selected for `a` to acknowledge and Enter to open.
public struct AlertsSheet: Equatable, Sendable {
    public var alerts: [Alert]
    public var selected = 0

    /// The selected alert moved by a move key, kept within the list.
    mutating func move(_ command: Command, page: Int) {
        selected = min(max(0, alerts.count - 1), max(0, Reducer.scrolled(selected, by: command, page: page)))
    }

    var selectedAlert: Alert? { alerts.indices.contains(selected) ? alerts[selected] : nil }
}

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
