/// Who is woken, for what and how soon: the `oncall` and `alert.*` keys of
/// the configuration. The defaults raise an alert for a new P1, warn 15
/// minutes before a clock breaks and escalate after 15 minutes unanswered.
public struct AlertPolicy: Equatable, Sendable {
    /// The address that gets every alert when no rota is set.
    public var onCall: String?
    /// A file of shifts (`FROM UNTIL ADDRESS [SECOND-ADDRESS]`); it wins over `onCall`.
    public var rotaFile: String?
    /// New reports at this priority or above raise an alert.
    public var priority = Priority.p1
    /// How long before a clock breaks it raises an alert.
    public var before: Int64 = 15 * 60
    /// How long a message may stay failed or uncertain before it raises one.
    public var outbox: Int64 = 30 * 60
    /// How long an alert may go unacknowledged before the next person gets it.
    public var escalate: Int64 = 15 * 60
    /// How long an open alert gathers more of the same fault instead of a new one.
    public var window: Int64 = 60 * 60
    /// The coordinator's manager: the last step of every escalation, and who
    /// gets an alert when the rota has a gap.
    public var last: String?
    /// Minutes after midnight, from and until, in the segment's zone, when
    /// alerts below P1 wait for morning.
    public var quiet: QuietHours?
    /// A program given each alert as JSON on standard input (SMS, chat).
    public var command: String?
    /// Seconds the program may take.
    public var commandTimeout: Int64 = 10
    /// How the alert tells the person to open it; `{record}` becomes SEG-12.
    public var openCommand = "segdesk --open {record}"

    public init() {}

    /// The command that opens `record` (SEG-12, SEG-C3, SEG-N4) as the
    /// configuration writes it.
    public func opening(_ record: String) -> String {
        openCommand.replacingOccurrences(of: "{record}", with: record)
    }
}

/// The hours at night when only P1 wakes anyone: from and until as minutes
/// after midnight; from later than until spans midnight.
public struct QuietHours: Equatable, Sendable {
    public let from: Int
    public let until: Int

    /// Reads `22:00 07:00`.
    public init?(_ text: String) {
        let parts = text.split(separator: " ").map { $0.split(separator: ":").map { Int($0) } }
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0[0] != nil && $0[1] != nil }) else { return nil }
        let minutes = parts.map { $0[0]! * 60 + $0[1]! }
        guard parts.allSatisfy({ (0...23).contains($0[0]!) && (0...59).contains($0[1]!) }), minutes[0] != minutes[1] else { return nil }
        (from, until) = (minutes[0], minutes[1])
    }

    /// Whether `minute` after midnight falls in the quiet hours.
    public func contains(minute: Int) -> Bool {
        from < until ? (from..<until).contains(minute) : minute >= from || minute < until
    }

    /// Whether moment `at` is quiet in `zone`.
    public func contains(_ at: Int64, in zone: DisplayZone) -> Bool {
        let local = at + Int64(zone.secondsFromGMT(at: at))
        return contains(minute: Int(((local % 86_400) + 86_400) % 86_400 / 60))
    }
}
