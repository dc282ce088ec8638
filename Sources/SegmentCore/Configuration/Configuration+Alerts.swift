extension Configuration {
    /// The keys of who is on call and when an alert is raised.
    static let alertKeys = ["oncall", "oncall.rota", "alert.priority", "alert.before", "alert.outbox", "alert.escalate", "alert.window",
                            "alert.last", "alert.quiet", "alert.command", "alert.command.timeout", "alert.open"]

    /// Applies one `oncall` or `alert.*` setting; returns what is wrong with
    /// it (the default is kept), or nil for a key of another family.
    mutating func setAlert(_ lowered: String, _ value: String) -> String?? {
        switch lowered {
        case "oncall", "alert.last":
            guard MailAddress.isPlausible(value) else { return localized("{1} expects one mail address, got \"{2}\"", lowered, value) }
            if lowered == "oncall" { alerts.onCall = value } else { alerts.last = value }
        case "oncall.rota":
            guard value.hasPrefix("/") else { return localized("oncall.rota expects an absolute path, got \"{1}\"", value) }
            alerts.rotaFile = value
        case "alert.priority":
            guard let chosen = Priority.allCases.first(where: { $0.label.caseInsensitiveCompare(value) == .orderedSame }) else {
                return localized("alert.priority expects P1 to P5, got \"{1}\"; P1 is kept", value)
            }
            alerts.priority = chosen
        case "alert.before", "alert.outbox", "alert.escalate", "alert.window", "alert.command.timeout":
            guard let seconds = Self.duration(value), seconds > 0 else {
                return localized("{1} expects a duration such as 90s, 15m or 2h, got \"{2}\"; the default is kept", lowered, value)
            }
            switch lowered {
            case "alert.before": alerts.before = seconds
            case "alert.outbox": alerts.outbox = seconds
            case "alert.escalate": alerts.escalate = seconds
            case "alert.window": alerts.window = seconds
            default: alerts.commandTimeout = seconds
            }
        case "alert.quiet":
            guard let hours = QuietHours(value) else {
                return localized("alert.quiet expects two times of day, from and until, such as 22:00 07:00, got \"{1}\"", value)
            }
            alerts.quiet = hours
        case "alert.command":
            guard value.hasPrefix("/") else { return localized("alert.command expects the absolute path of a program, got \"{1}\"", value) }
            alerts.command = value
        case "alert.open":
            guard value.contains("{record}") else {
                return localized("alert.open expects a command with {record} in it, such as ssh desk segdesk --open {record}, got \"{1}\"", value)
            }
            alerts.openCommand = value
        default:
            return .none
        }
        return .some(nil)
    }
}
