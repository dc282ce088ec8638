import Foundation

/// The languages segdesk speaks: to its operator, by the environment or the
/// configuration, and in every message, by the recipient's own language.
/// The keys are the same in both.
public enum Language: String, CaseIterable, Sendable {
    case bokmal = "nb"
    case english = "en"

    /// The language the operator reads; set once when segdesk starts and
    /// passed down to every view and command it runs.
    @TaskLocal public static var interface: Language = .english

    /// A language code as people write it, with or without region and
    /// encoding: nb, nn and no (nb_NO.UTF-8, no_NO) are bokmål, en is
    /// English; nil for any other.
    public init?(code: String) {
        let base = code.lowercased().prefix { $0.isLetter }
        switch base {
        case "nb", "nn", "no", "bokmal", "bokmål", "norwegian": self = .bokmal
        case "en", "english": self = .english
        default: return nil
        }
    }

    /// The operator's language as gettext reads the environment: the first
    /// entry of LANGUAGE segdesk speaks (unless the locale is C, POSIX or unset),
    /// else the locale of LC_ALL, LC_MESSAGES or LANG, the first one set;
    /// anything but Norwegian is English.
    public static func fromEnvironment(_ variables: [String: String]) -> Language {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].compactMap { variables[$0] }.first { !$0.isEmpty } ?? ""
        // No locale at all is the C locale, where gettext reads no LANGUAGE either.
        if !["", "C", "POSIX"].contains(locale.split(separator: ".").first.map(String.init) ?? ""),
           let list = variables["LANGUAGE"],
           let listed = list.split(separator: ":").lazy.compactMap({ Language(code: String($0)) }).first {
            return listed
        }
        return Language(code: locale) == .bokmal ? .bokmal : .english
    }

    /// `english` in this language, its `{1}`, `{2}`... filled with
    /// `arguments`; a text the table lacks stays English rather than blank.
    public func text(_ english: String, _ arguments: CustomStringConvertible...) -> String {
        text(english, filling: arguments.map(\.description))
    }

    /// `english` in this language with its placeholders filled from a list.
    public func text(_ english: String, filling arguments: [String]) -> String {
        Self.filled(translation(of: english), arguments)
    }

    /// The bare translation, placeholders left in.
    public func translation(of english: String) -> String {
        switch self {
        case .english: english
        case .bokmal: BokmalTexts.table[english] ?? english
        }
    }

    /// One of two texts by count: "1 reply", "3 replies"; the count is
    /// `{1}`, any further arguments `{2}` on.
    public func counted(_ count: Int, _ one: String, _ other: String, _ more: CustomStringConvertible...) -> String {
        text(count == 1 ? one : other, filling: [number(count)] + more.map(\.description))
    }

    /// A whole number as people write it: "2,500" in English, "2 500" in bokmål.
    public func number(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = value < 0 ? "-" : ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { grouped.append(self == .bokmal ? " " : ",") }
            grouped.append(digit)
        }
        return grouped
    }

    /// A number with one decimal as people write it: "3.5" in English, "3,5" in bokmål.
    public func decimal(_ value: Double) -> String {
        let text = String(format: "%.1f", value)
        return self == .bokmal ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// A day and a time as people write them: "2026-11-30 14:05" in English,
    /// "30.11.2026 14:05" in bokmål.
    public func dateTime(_ seconds: Int64, _ zone: DisplayZone) -> String {
        let parts = CalendarParts(seconds, zone)
        return date(parts) + " " + Self.padded(parts.hour, 2) + ":" + Self.padded(parts.minute, 2)
    }

    /// A day: "2026-11-30" or "30.11.2026".
    public func date(_ seconds: Int64, _ zone: DisplayZone) -> String { date(CalendarParts(seconds, zone)) }

    private func date(_ parts: CalendarParts) -> String {
        switch self {
        case .english: Self.padded(parts.year, 4) + "-" + Self.padded(parts.month, 2) + "-" + Self.padded(parts.day, 2)
        case .bokmal: Self.padded(parts.day, 2) + "." + Self.padded(parts.month, 2) + "." + Self.padded(parts.year, 4)
        }
    }

    /// A number led by zeros to `width` digits; dates are drawn on every
    /// record line, and a format string costs a locale lookup each time.
    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// The placeholders `{1}`...`{9}` of a text, in order of number.
    public static func placeholders(in text: String) -> [Int] {
        var found = Set<Int>()
        var characters = text.makeIterator()
        while let character = characters.next() {
            guard character == "{", let digit = characters.next(), let number = digit.wholeNumberValue,
                  characters.next() == "}" else { continue }
            found.insert(number)
        }
        return found.sorted()
    }

    /// One pass, so an argument that itself holds `{2}` is left as written.
    private static func filled(_ template: String, _ arguments: [String]) -> String {
        let bytes = template.utf8
        guard !arguments.isEmpty, bytes.contains(UInt8(ascii: "{")) else { return template }
        // Byte by byte: every word drawn passes through here, and walking it
        // as Characters took 4% of a profile of opening and closing notices
        // of 250 answer lines.
        // Places are `{1}`...`{9}`, ASCII digits only.
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + arguments.reduce(0) { $0 + $1.utf8.count })
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            let digitIndex = bytes.index(after: index)
            if byte == UInt8(ascii: "{"), digitIndex != bytes.endIndex {
                let closeIndex = bytes.index(after: digitIndex)
                let digit = Int(bytes[digitIndex]) - Int(UInt8(ascii: "0"))
                if closeIndex != bytes.endIndex, bytes[closeIndex] == UInt8(ascii: "}"), (1...arguments.count).contains(digit) {
                    result.append(contentsOf: arguments[digit - 1].utf8)
                    index = bytes.index(after: closeIndex)
                    continue
                }
            }
            result.append(byte)
            index = digitIndex
        }
        return String(decoding: result, as: UTF8.self)
    }
}

/// `english` in the operator's language, its placeholders filled: every
/// word segdesk shows goes through here or through `Language.text`.
public func localized(_ english: String, _ arguments: CustomStringConvertible...) -> String {
    Language.interface.text(english, filling: arguments.map(\.description))
}
