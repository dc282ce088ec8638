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
/// in bokmål the day and the time in the segment's zone, as people write them.
enum MessageTime {
    static func moment(_ seconds: Int64, _ language: Language) -> String {
        switch language {
        case .english: Timestamp.iso(seconds)
        case .bokmal: language.dateTime(seconds, SegmentZone.current)
        }
    }

    static func day(_ seconds: Int64, _ language: Language) -> String {
        switch language {
        case .english: String(Timestamp.iso(seconds).prefix(10))
        case .bokmal: language.date(seconds, SegmentZone.current)
        }
    }
}
