import Foundation

/// A message's subject and body as a builder writes them, before masking
/// and addressing. Every builder in this folder is pure: facts in, text out,
/// in the recipient's language.
public struct MessageText: Equatable, Sendable {
    public var subject: String
    public var body: String

    public init(subject: String, body: [String]) {
        self.subject = subject
        self.body = body.joined(separator: "\n")
    }
}

/// How a moment reads in a message: ISO 8601 UTC in English, as before;
/// in bokmål the day and the time in Norway, as people write them.
enum MessageTime {
    static let norway = TimeZone(identifier: "Europe/Oslo") ?? TimeZone(secondsFromGMT: 3600)!

    static func moment(_ seconds: Int64, _ language: Language) -> String {
        switch language {
        case .english: Timestamps.iso(seconds)
        case .bokmal: language.dateTime(seconds, norway)
        }
    }

    static func day(_ seconds: Int64, _ language: Language) -> String {
        switch language {
        case .english: String(Timestamps.iso(seconds).prefix(10))
        case .bokmal: language.date(seconds, norway)
        }
    }
}

/// ISO 8601 UTC, for evidence that machines and tickets read.
enum Timestamps {
    static func iso(_ seconds: Int64) -> String {
        var time = time_t(seconds)
        var parts = tm()
        gmtime_r(&time, &parts)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
                      Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }
}
