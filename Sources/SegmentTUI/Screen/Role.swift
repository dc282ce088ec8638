/// What a piece of the screen is, never what colour it has: widgets ask for a
/// role and a theme decides how the role looks.
public enum Role: String, CaseIterable, Sendable {
    case normal
    case header
    case headerAlert = "header_alert"
    case paneTitle = "pane_title"
    case paneTitleFocused = "pane_title_focused"
    case border
    case columnHeader = "column_header"
    case selected
    case marked
    case dim
    case priority1 = "priority_1"
    case priority2 = "priority_2"
    case priority3 = "priority_3"
    case slaBreached = "sla_breached"
    case slaSoon = "sla_soon"
    case label
    case footer
    case footerKey = "footer_key"
    case message
    case error
    case input
    case placeholder
}
