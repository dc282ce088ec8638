import Foundation
import SegmentCore

/// How times, durations and numbers read on screen.
public enum Format {
    /// A short duration: "45s", "12m", "3h", "2h05", "4d".
    public static func duration(_ seconds: Int64) -> String {
        let seconds = max(0, seconds)
        if seconds < 60 { return "\(seconds)s" }
        if seconds < 3600 { return "\(seconds / 60)m" }
        if seconds < 10 * 3600 {
            let minutes = (seconds % 3600) / 60
            return minutes == 0 ? "\(seconds / 3600)h" : "\(seconds / 3600)h\(String(format: "%02d", minutes))"
        }
        if seconds < 2 * 86_400 { return "\(seconds / 3600)h" }
        return "\(seconds / 86_400)d"
    }

    /// Time left on the coordinator's clock, "+1h05" when overdue, "—" when stopped.
    static func sla(dueAt: Int64?, now: Int64) -> (text: String, role: Role?) {
        guard let dueAt else { return ("—", nil) }
        if dueAt < now { return ("+" + duration(now - dueAt), .slaBreached) }
        return (duration(dueAt - now), dueAt - now < 3600 ? .slaSoon : nil)
    }

    /// The provider's clock on an open case: the time left to its next
    /// target ("3h15") or how late it is ("+2h"), or, with no target
    /// agreed, how long it has held the case ("2d"); "—" when it has not
    /// been forwarded or is done.
    static func providerClock(_ row: CaseRow, now: Int64) -> (text: String, role: Role?) {
        guard row.status.isOpen, let forwardedAt = row.forwardedAt else { return ("—", nil) }
        guard let due = row.providerDueAt else { return (duration(now - forwardedAt), nil) }
        return sla(dueAt: due, now: now)
    }

    /// "2026-11-26 08:15" (bokmål: "26.11.2026 08:15") in the operator's time zone.
    static func timestamp(_ seconds: Int64, _ timeZone: DisplayZone) -> String {
        Language.interface.dateTime(seconds, timeZone)
    }

    /// "2026-11-26" (bokmål: "26.11.2026").
    static func date(_ seconds: Int64, _ timeZone: DisplayZone) -> String { Language.interface.date(seconds, timeZone) }

    /// "2,031" (bokmål: "2 031"): thousands grouped so big counts read at a glance.
    static func count(_ number: Int) -> String { Language.interface.number(number) }

    /// The role that shows a priority besides its P-label.
    static func role(for priority: Priority) -> Role? {
        switch priority {
        case .p1: .priority1
        case .p2: .priority2
        case .p3: .priority3
        case .p4, .p5: nil
        }
    }
}
