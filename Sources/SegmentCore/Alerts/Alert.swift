/// An alert to the person on call: what raised it, how far up the ladder it
/// has gone and who acknowledged it.
public struct Alert: Equatable, Sendable, Identifiable {
    public let id: Int64
    public let rule: AlertRule
    public let priority: Priority
    public let title: String
    /// The record it opens: SEG-12, SEG-C3, SEG-N4, or nil for messages.
    public let record: String?
    /// How many facts it gathered.
    public let items: Int
    public let raisedAt: Int64
    /// 0 not sent yet (held for morning, or no one on call), 1 on call, 2 the second address, 3 `alert.last`.
    public let level: Int
    /// Held by the quiet hours, for the morning's summary.
    public let held: Bool
    /// Every address it went to, in order.
    public let sentTo: [String]
    public let lastSentAt: Int64?
    public let acknowledgedAt: Int64?
    public let acknowledgedBy: String?
    /// Why the alert command failed, when it did.
    public let commandError: String?
    public let version: Int

    public var isOpen: Bool { acknowledgedAt == nil }
}

extension RecordKind {
    /// How a record is named in a subject and to `--open`: SEG-12, SEG-C3, SEG-N4.
    public func reference(_ id: Int64) -> String? {
        switch self {
        case .incident: "SEG-\(id)"
        case .providerCase: "SEG-C\(id)"
        case .notice: "SEG-N\(id)"
        case .agreement: "SEG-A\(id)"
        default: nil
        }
    }
}
