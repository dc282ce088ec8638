/// Reads the fields of one intake record and collects every problem with
/// its line, so a record is reported whole, not only its first fault.
struct FieldReader {
    let fields: [String: FieldValue]
    let line: Int
    let file: String
    private(set) var problems: [IntakeProblem] = []

    init(_ fields: [String: FieldValue], line: Int, file: String) {
        self.fields = fields
        self.line = line
        self.file = file
    }

    mutating func problem(_ field: String, _ message: String) {
        problems.append(IntakeProblem(file: file, line: line, field: field, message: message))
    }

    /// A text field as written, outer spaces and all; nil when absent or
    /// only spaces (a problem when required).
    mutating func text(_ field: String, required: Bool) -> String? {
        let value = fields[field] ?? .null
        guard case .text(let string) = value else {
            if value == .null {
                if required { problem(field, localized("is required")) }
            } else {
                problem(field, localized("expected text, got {1}", value.shown))
            }
            return nil
        }
        if trimmedSpaces(string).isEmpty {
            if required { problem(field, localized("must not be empty")) }
            return nil
        }
        return string
    }

    /// A key, code, address or time: as written, and refused with spaces
    /// before or after it, which nobody means and which would make it a
    /// different key from the one without.
    mutating func identifier(_ field: String, required: Bool) -> String? {
        guard let value = text(field, required: required) else { return nil }
        guard trimmedSpaces(value) == value else {
            problem(field, localized("has spaces before or after it (\"{1}\"); write it without them", value))
            return nil
        }
        return value
    }

    /// A one-line text field of at most `maximum` characters.
    mutating func line(_ field: String, required: Bool, maximum: Int = 500) -> String? {
        let value = text(field, required: required)
        if let value, value.contains(where: \.isNewline) { problem(field, localized("must be one line")) }
        if let value, value.count > maximum { problem(field, localized("is {1} characters long; at most {2}", value.count, maximum)) }
        return value
    }

    /// An impact or urgency: 1 (high), 2 or 3 (low), as a number or text; 2 when absent.
    mutating func level(_ field: String) -> Int {
        let value = fields[field] ?? .null
        let number: Int?
        switch value {
        case .null: return 2
        case .number(let double): number = double == double.rounded() ? Int(exactly: double) : nil
        case .text(let text): number = Int(trimmedSpaces(text))
        default: number = nil
        }
        guard let number, (1...3).contains(number) else {
            problem(field, localized("expected 1 (high), 2 or 3 (low), got {1}", value.shown))
            return 2
        }
        return number
    }

    /// The language a recipient reads: nb (also nn, no) or en; bokmål when absent.
    mutating func language(_ field: String) -> Language {
        guard let value = identifier(field, required: false) else { return .bokmal }
        guard let language = Language(code: value) else {
            problem(field, localized("expected nb (bokmål) or en (English), got \"{1}\"", value))
            return .bokmal
        }
        return language
    }

    /// A Norwegian organisation number: nine digits, the last a mod-11 check digit.
    mutating func organisationNumber(_ field: String, required: Bool) -> OrganisationNumber? {
        guard let value = identifier(field, required: required) else { return nil }
        do { return try OrganisationNumber(value) } catch {
            problem(field, error.description)
            return nil
        }
    }

    /// An ISO 8601 time with an offset, as seconds since 1970. These times
    /// are kept to the second: one with a fraction that is not zero is
    /// refused rather than rounded.
    mutating func time(_ field: String, required: Bool) -> Int64? {
        guard let (seconds, fraction) = preciseTime(field, required: required) else { return nil }
        guard fraction?.allSatisfy({ $0 == "0" }) ?? true else {
            problem(field, localized("has a fraction of a second (.{1}); this time is kept to the second, so write it without", fraction ?? ""))
            return nil
        }
        return seconds
    }

    /// An ISO 8601 time with an offset, as seconds since 1970 and the
    /// digits of its fraction of a second as written (at most nine).
    mutating func preciseTime(_ field: String, required: Bool) -> (seconds: Int64, fraction: String?)? {
        guard let value = identifier(field, required: required) else { return nil }
        guard let seconds = Timestamp.parse(value) else {
            problem(field, localized("expected ISO 8601 with an offset, e.g. 2026-11-26T08:15:00+01:00, got \"{1}\"", value))
            return nil
        }
        let fraction = Timestamp.fraction(value)
        guard (fraction?.count ?? 0) <= 9 else {
            problem(field, localized("has {1} digits after the second; at most 9 (nanoseconds) are kept", fraction?.count ?? 0))
            return nil
        }
        return (seconds, fraction)
    }

    /// A whole number in `range`, from JSON or CSV.
    mutating func number(_ field: String, required: Bool, in range: ClosedRange<Int>) -> Int? {
        let value = fields[field] ?? .null
        let number: Int?
        switch value {
        case .null:
            if required { problem(field, localized("is required")) }
            return nil
        case .number(let double): number = double == double.rounded() ? Int(exactly: double) : nil
        case .text(let text): number = Int(trimmedSpaces(text))
        default: number = nil
        }
        guard let number, range.contains(number) else {
            problem(field, localized("expected a whole number from {1} to {2}, got {3}", range.lowerBound, range.upperBound, value.shown))
            return nil
        }
        return number
    }

    /// true or false (JSON), or true/false/yes/no/1/0 (CSV); `fallback` when absent.
    mutating func flag(_ field: String, fallback: Bool) -> Bool {
        switch fields[field] ?? .null {
        case .null: return fallback
        case .bool(let value): return value
        case .number(let number) where number == 0 || number == 1: return number == 1
        case .text(let text):
            switch trimmedSpaces(text).lowercased() {
            case "true", "yes", "1": return true
            case "false", "no", "0", "": return false
            default: break
            }
        default: break
        }
        problem(field, localized("expected true or false, got {1}", (fields[field] ?? .null).shown))
        return fallback
    }

    /// A list of words, each once: a JSON list of texts, or text with the
    /// words separated by spaces or commas (CSV).
    mutating func words(_ field: String, required: Bool) -> [String] {
        var words: [String] = []
        switch fields[field] ?? .null {
        case .null: break
        case .array(let items):
            for item in items {
                guard case .text(let text) = item else { problem(field, localized("expected a list of texts, got {1} in it", item.shown)); return [] }
                words.append(trimmedSpaces(text))
            }
        case .text(let text):
            words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" }).map(String.init)
        case let other:
            problem(field, localized("expected a list, got {1}", other.shown))
            return []
        }
        var seen = Set<String>()
        words = words.filter { !$0.isEmpty && seen.insert($0).inserted }
        if words.isEmpty && required { problem(field, localized("is required (at least one)")) }
        return words
    }
}
