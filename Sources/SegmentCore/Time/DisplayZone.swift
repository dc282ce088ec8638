import Foundation

/// The zone a moment is shown in: the process's local time, or a named zone.
/// Local time is read through the C library (`TZ`, else `/etc/localtime`,
/// the same rules Foundation follows), so a start of the dashboard does not
/// load ICU's zone tables before its first frame, as `TimeZone.current` does.
public struct DisplayZone: Equatable, Sendable {
    private enum Source: Equatable, Sendable {
        case local
        case named(TimeZone)
        /// A zone by name, looked up only when a time is shown in it, so
        /// naming one costs nothing at start.
        case identifier(String)
    }

    private let source: Source

    /// The process's local time, daylight saving time included: through
    /// the C library when it has the zone's rules, else (a `TZ` naming a
    /// zone its files lack) through Foundation, which carries its own.
    public static var local: DisplayZone {
        guard let name = getenv("TZ").map({ String(cString: $0) }), !name.isEmpty else { return DisplayZone(source: .local) }
        let zone = name.hasPrefix(":") ? String(name.dropFirst()) : name
        let directory = getenv("TZDIR").map { String(cString: $0) } ?? "/usr/share/zoneinfo"
        if access(zone.hasPrefix("/") ? zone : "\(directory)/\(zone)", R_OK) == 0 { return DisplayZone(source: .local) }
        // A POSIX rule such as "CET-1CEST,M3.5.0,M10.5.0/3" is the C library's alone.
        return TimeZone(identifier: zone).map(DisplayZone.init) ?? DisplayZone(source: .local)
    }

    private init(source: Source) { self.source = source }

    public init(_ timeZone: TimeZone) { source = .named(timeZone) }

    /// The zone called `identifier` (Europe/Oslo), looked up when first used.
    public init(identifier: String) { source = .identifier(identifier) }

    /// How many seconds the zone is ahead of UTC at `seconds` since 1970.
    public func secondsFromGMT(at seconds: Int64) -> Int {
        switch source {
        case .local:
            var time = time_t(seconds)
            var parts = tm()
            guard localtime_r(&time, &parts) != nil else { return 0 }
            return Int(parts.tm_gmtoff)
        case .named(let timeZone):
            return timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
        case .identifier(let name):
            return (TimeZone(identifier: name) ?? TimeZone(secondsFromGMT: 0)!).secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
        }
    }
}
