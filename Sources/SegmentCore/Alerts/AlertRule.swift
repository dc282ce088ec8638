/// What raised an alert, as `alerts.rule` stores it.
public enum AlertRule: String, CaseIterable, Sendable {
    /// A new report at or above `alert.priority`, not absorbed by an outage.
    case newReport = "new_report"
    /// A provider's outage or breaking notice taken in from mail.
    case providerNotice = "provider_notice"
    /// A first-answer or resolution clock that breaks within `alert.before`.
    case clockSoon = "clock_soon"
    /// A first-answer or resolution clock that broke.
    case clockBroken = "clock_broken"
    /// A provider case past the provider's target.
    case caseLate = "case_late"
    /// A message failed or uncertain for longer than `alert.outbox`.
    case outboxStuck = "outbox_stuck"

    /// A LIKE pattern for the items of this rule (`incident:12:new`,
    /// `incident:12:clock_soon:1765000000`): an alert's own facts, without
    /// the clocks of its records that joined it silently.
    var itemPattern: String {
        switch self {
        case .newReport: "%:new"
        case .providerNotice: "%:taken_in"
        case .clockSoon, .clockBroken: "%:\(rawValue):%"
        case .caseLate: "%:late_%"
        case .outboxStuck: "%:stuck"
        }
    }
}

/// One thing the rules found that may raise an alert: a report, a clock, a
/// case, a notice or a message. Facts with one `group` are one alert, as
/// Alertmanager groups alerts by their labels.
public struct AlertFact: Equatable, Sendable {
    public let rule: AlertRule
    /// Names the fact for ever: `incident:12:new`, `incident:12:clock_broken:1765000000`.
    public let item: String
    /// Facts that are one alert: one fault on one service, one clock, one case.
    public let group: String
    public let priority: Priority
    /// The record the alert opens.
    public let record: RecordKind
    public let recordID: Int64
    /// The consumer it is about, for "9 consumers report ...".
    public let consumerID: Int64?
    /// One line for the alert's message, untrusted text made one line.
    public let line: String
    /// What the group's title is written from: a service, an error code, a title.
    public let subject: AlertSubject
}

/// The words an alert's title is written from.
public struct AlertSubject: Equatable, Sendable {
    public var service = ""
    public var errorCode: String?
    public var consumer: String?
    public var title = ""
    /// A clock's kind: true for the first answer's, false for the resolution's.
    public var firstAnswer = true
}
