/// How much a fault hurts (impact) and how soon it must be fixed (urgency),
/// each 1 (high) to 3 (low), as the reporter or the operator judges it.
public struct Assessment: Equatable, Hashable, Sendable {
    public let impact: Int
    public let urgency: Int

    public init(impact: Int, urgency: Int) {
        self.impact = min(max(impact, 1), 3)
        self.urgency = min(max(urgency, 1), 3)
    }

    /// The ITIL matrix: 1/1 is P1; 1/2 and 2/1 are P2; 1/3, 2/2 and 3/1 are P3;
    /// 2/3 and 3/2 are P4; 3/3 is P5.
    public var priority: Priority { Priority(rawValue: impact + urgency - 1)! }
}

/// Priority P1 (most urgent) to P5.
public enum Priority: Int, CaseIterable, Comparable, Sendable {
    case p1 = 1, p2, p3, p4, p5

    /// "P1" .. "P5": always shown as text, never by colour alone.
    public var label: String { "P\(rawValue)" }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
