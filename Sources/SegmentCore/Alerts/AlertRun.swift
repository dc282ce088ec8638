/// What one `segdesk alert` run did, or would do with `--dry-run`.
public struct AlertRun: Equatable, Sendable {
    /// Alerts raised by this run.
    public var raised: [Int64] = []
    /// Open alerts that gathered more facts of their fault instead.
    public var grown: [Int64] = []
    /// Alerts below P1 held by the quiet hours for the morning.
    public var held: [Int64] = []
    /// Messages queued: first sends, escalations and the morning's summary.
    public var sent: [AlertDispatch] = []
    /// True when an alert had no one to go to: no `oncall`, rota or `alert.last`.
    public var nobodyOnCall = false

    public init() {}
}

/// One alert message queued, as the alert command gets it on standard input.
public struct AlertDispatch: Equatable, Sendable, Encodable {
    public let alert: Int64
    public let priority: String
    public let rule: String
    public let title: String
    /// 1 on call, 2 second, 3 `alert.last`.
    public let level: Int
    public let to: String
    public let open: String?
    public let facts: [String]
    public let subject: String
    public let message: Int64
}
