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
