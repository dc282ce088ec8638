/// The words of alerts, in the operator's language: an alert's title from
/// its facts, and its message.
enum AlertText {
    /// The title of an alert of `rule` with `items` facts from `consumers`
    /// consumers, `subject` being its first fact's words.
    static func title(_ rule: AlertRule, _ subject: AlertSubject, record: String, items: Int, consumers: Int, policy: AlertPolicy) -> String {
        let language = Language.interface
        switch rule {
        case .newReport:
            if consumers >= 2, let code = subject.errorCode {
                return language.text("{1} consumers report {2} on {3}", language.number(consumers), UntrustedText.line(code), subject.service)
            }
            if consumers >= 2 { return language.text("{1} consumers report faults on {2}", language.number(consumers), subject.service) }
            if items >= 2 {
                return language.text("{1} reports from {2} on {3}", language.number(items), subject.consumer.map(UntrustedText.line) ?? "?", subject.service)
            }
            return language.text("{1} from {2}: {3} ({4})", record, subject.consumer.map(UntrustedText.line) ?? language.text("an unknown sender"),
                                 subject.title, subject.service)
        case .providerNotice:
            return language.text("{1} announces: {2}", subject.service, subject.title)
        case .clockSoon:
            return subject.firstAnswer
                ? language.counted(items, "{1} report: first answer due within {2}", "{1} reports: first answer due within {2}", span(policy.before))
                : language.counted(items, "{1} report: resolution due within {2}", "{1} reports: resolution due within {2}", span(policy.before))
        case .clockBroken:
            return subject.firstAnswer
                ? language.counted(items, "{1} report: first answer overdue", "{1} reports: first answer overdue")
                : language.counted(items, "{1} report: resolution overdue", "{1} reports: resolution overdue")
        case .caseLate:
            return subject.firstAnswer
                ? language.text("{1} not acknowledged by the provider in time: {2}", record, subject.title)
                : language.text("{1} not resolved by the provider in time: {2}", record, subject.title)
        case .outboxStuck:
            return language.counted(items, "{1} message not sent for {2}", "{1} messages not sent for {2}", span(policy.outbox))
        }
    }

    /// A duration as the configuration writes it: 90s, 15m, 2h, 3d.
    static func span(_ seconds: Int64) -> String {
        if seconds % 86_400 == 0 { return "\(seconds / 86_400)d" }
        if seconds % 3600 == 0 { return "\(seconds / 3600)h" }
        if seconds % 60 == 0 { return "\(seconds / 60)m" }
        return "\(seconds)s"
    }

    /// The subject of an alert's message: its tag, priority and title, and
    /// on an escalation that no one acknowledged it.
    static func subject(_ alert: Alert, escalated: Bool) -> String {
        let title = "\(alert.priority.label): \(alert.title)"
        return "[SEG-ALERT-\(alert.id)] " + (escalated ? localized("Not acknowledged: {1}", title) : title)
    }

    /// The message: the title, the facts, how to open and acknowledge it,
    /// and who gets it next.
    static func body(_ alert: Alert, facts: [String], policy: AlertPolicy, escalatedFrom told: [String], next: String?) -> String {
        var lines = ["\(alert.priority.label): \(alert.title)", ""]
        if !told.isEmpty {
            lines.append(localized("Sent to {1}; not acknowledged within {2}.", told.joined(separator: ", "), span(policy.escalate)))
            lines.append("")
        }
        lines += facts.prefix(20)
        if alert.items > min(facts.count, 20) { lines.append(localized("... and {1} more", alert.items - min(facts.count, 20))) }
        lines.append("")
        if let record = alert.record { lines.append(localized("Open it: {1}", policy.opening(record))) }
        lines.append(localized("Acknowledge: reply ACK (or KVITTERT) to this message, or run segdesk alert ack {1}", alert.id))
        if let next { lines.append(localized("Not acknowledged within {1}, it goes to {2}.", span(policy.escalate), next)) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The morning's one message for the alerts the quiet hours held.
    static func summary(_ alerts: [Alert], policy: AlertPolicy) -> (subject: String, body: String) {
        let subject = "[segdesk] " + Language.interface.counted(alerts.count, "{1} alert held for the quiet hours", "{1} alerts held for the quiet hours")
        var lines: [String] = []
        for alert in alerts {
            lines.append("ALERT-\(alert.id)  \(alert.priority.label): \(alert.title)")
            if let record = alert.record { lines.append("    " + localized("Open it: {1}", policy.opening(record))) }
        }
        lines += ["", localized("Acknowledge each: segdesk alert ack ID, or ! in the dashboard")]
        return (subject, lines.joined(separator: "\n") + "\n")
    }
}
