import Foundation

/// The segment's one time zone (`zone` in the configuration, Europe/Oslo
/// unless it says otherwise): every time segdesk shows, reads from a form
/// and writes in a message is in it, whatever `TZ` the server or the
/// operator's shell has.
public enum SegmentZone {
    /// The zone a segment has when its configuration names none.
    public static let defaultName = "Europe/Oslo"

    /// The segment's zone for the work in hand: the command line binds it
    /// once at start; tests and libraries get Oslo's.
    @TaskLocal public static var current = DisplayZone(identifier: defaultName)

    /// Makes `name` the process's local zone for the C library, so local
    /// time (the dashboard's, through `DisplayZone.local`) is the segment's.
    public static func applyToProcess(_ name: String) {
        setenv("TZ", name, 1)
        tzset()
    }

    /// Whether `name` is a zone segdesk can show times in: one the system's
    /// zone files or Foundation's own tables know.
    public static func isKnown(_ name: String) -> Bool {
        let directory = getenv("TZDIR").map { String(cString: $0) } ?? "/usr/share/zoneinfo"
        return !name.isEmpty && !name.contains("..")
            && (access("\(directory)/\(name)", R_OK) == 0 || TimeZone(identifier: name) != nil)
    }
}

extension DisplayZone {
    /// The first second of the day `YYYY-MM-DD` in this zone: a start typed
    /// as a date. Nil when the text is not such a date.
    public func startOfDay(_ text: String) -> Int64? {
        guard text.count == 10, let midnightUTC = Timestamp.parse(text + "T00:00:00Z") else { return nil }
        return local(midnightUTC)
    }

    /// The last second of the day `YYYY-MM-DD` in this zone: a deadline
    /// typed as a date holds all that day.
    public func endOfDay(_ text: String) -> Int64? {
        guard text.count == 10, let midnightUTC = Timestamp.parse(text + "T00:00:00Z") else { return nil }
        return local(midnightUTC + 86_400) - 1
    }

    /// A moment as a person types it: `YYYY-MM-DD HH:MM`, or a day alone,
    /// which is its first second (or, `endOfDay`, its last). Nil when the
    /// text is neither.
    public func moment(_ text: String, endOfDay: Bool = false) -> Int64? {
        let parts = text.split(separator: " ")
        guard (1...2).contains(parts.count), parts[0].count == 10 else { return nil }
        guard parts.count == 2 else { return endOfDay ? self.endOfDay(String(parts[0])) : startOfDay(String(parts[0])) }
        guard parts[1].count == 5, let wallClock = Timestamp.parse("\(parts[0])T\(parts[1]):00Z") else { return nil }
        return local(wallClock)
    }

    /// The moment whose wall-clock time here reads as `wallClock` read in UTC;
    /// the offset is looked up twice, so a day that changes it comes out right.
    private func local(_ wallClock: Int64) -> Int64 {
        let guess = wallClock - Int64(secondsFromGMT(at: wallClock))
        return wallClock - Int64(secondsFromGMT(at: guess))
    }
}
