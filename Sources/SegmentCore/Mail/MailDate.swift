/// The `Date` header (RFC 5322 section 3.3, with the obsolete zone names).
enum MailDate {
    /// Seconds since 1970 for `Thu, 26 Nov 2026 08:15:00 +0100`; the day
    /// name, seconds and comments are optional. Nil when unreadable.
    static func parse(_ field: String) -> Int64? {
        var text = field
        if let comma = text.firstIndex(of: ",") { text = String(text[text.index(after: comma)...]) }
        if let comment = text.firstIndex(of: "(") { text = String(text[..<comment]) }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.count >= 4, let day = Int(words[0]), (1...31).contains(day),
              let month = months.firstIndex(of: String(words[1].lowercased().prefix(3))),
              var year = Int(words[2]) else { return nil }
        if year < 50 { year += 2000 } else if year < 1000 { year += 1900 }
        let clock = words[3].split(separator: ":").map { Int($0) }
        guard clock.count >= 2, clock.allSatisfy({ $0 != nil }), let hour = clock[0], let minute = clock[1],
              (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        let second = clock.count > 2 ? clock[2]! : 0
        guard (0...60).contains(second) else { return nil }
        let offset = words.count > 4 ? zoneOffset(String(words[4])) : 0
        guard let offset else { return nil }
        let days = daysFromCivil(year: year, month: month + 1, day: day)
        return days * 86_400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offset)
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// Seconds east of UTC for `+0100`, `-0500`, `GMT`, `EST` and the like.
    private static func zoneOffset(_ zone: String) -> Int? {
        if let sign = zone.first, sign == "+" || sign == "-", zone.count == 5, let value = Int(zone.dropFirst()) {
            let seconds = (value / 100) * 3600 + (value % 100) * 60
            return sign == "-" ? -seconds : seconds
        }
        let named = ["UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5,
                     "MST": -7, "MDT": -6, "PST": -8, "PDT": -7, "CET": 1, "CEST": 2]
        return named[zone.uppercased()].map { $0 * 3600 } ?? 0
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int64 {
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return Int64(era * 146_097 + dayOfEra - 719_468)
    }
}
