/// A Norwegian organisation number: nine digits whose last is a mod-11 check
/// digit over the first eight with weights 3 2 7 6 5 4 3 2.
public struct OrganisationNumber: Hashable, Sendable, CustomStringConvertible, Comparable {
    public let digits: String

    /// Why a text is not an organisation number, phrased for the operator.
    public enum Problem: Error, Equatable, CustomStringConvertible, Sendable {
        case notNineDigits(String)
        case badCheckDigit(String)

        public var description: String {
            switch self {
            case .notNineDigits(let text): localized("organisation number \"{1}\" must be 9 digits", text)
            case .badCheckDigit(let text): localized("organisation number \"{1}\" fails the mod-11 check digit", text)
            }
        }

        /// What is wrong, without the number: for a form that shows it beside the field.
        public var brief: String {
            switch self {
            case .notNineDigits(let text): localized("\"{1}\" must be 9 digits", text)
            case .badCheckDigit(let text): localized("\"{1}\" fails the mod-11 check digit", text)
            }
        }
    }

    /// Accepts nine digits, optionally written in groups with spaces ("974 761 076").
    public init(_ text: String) throws(Problem) {
        var values: [Int] = []
        values.reserveCapacity(9)
        for byte in text.utf8 where byte != UInt8(ascii: " ") {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), values.count < 9 else { throw .notNineDigits(text) }
            values.append(Int(byte - UInt8(ascii: "0")))
        }
        guard values.count == 9 else { throw .notNineDigits(text) }
        guard OrganisationNumber.checkDigit(for: Array(values.prefix(8))) == values[8] else {
            throw .badCheckDigit(text)
        }
        digits = text.utf8.count == 9 ? text : text.filter { $0 != " " }
    }

    /// The check digit for eight leading digits, or nil when none exists
    /// (remainder 1), which means no valid number starts with them.
    public static func checkDigit(for leading: [Int]) -> Int? {
        let weights = [3, 2, 7, 6, 5, 4, 3, 2]
        let sum = zip(leading, weights).reduce(0) { $0 + $1.0 * $1.1 }
        let remainder = sum % 11
        if remainder == 0 { return 0 }
        if remainder == 1 { return nil }
        return 11 - remainder
    }

    /// Grouped as people write it: "974 761 076".
    public var grouped: String { Self.grouped(digits) }

    /// Nine stored digits grouped for reading; anything else as it is.
    public static func grouped(_ digits: String) -> String {
        let utf8 = digits.utf8
        if utf8.count == 9, utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            return String(unsafeUninitializedCapacity: 11) { buffer in
                var end = 0
                for (offset, byte) in utf8.enumerated() {
                    if offset == 3 || offset == 6 { buffer[end] = 0x20; end += 1 }
                    buffer[end] = byte
                    end += 1
                }
                return end
            }
        }
        let characters = Array(digits)
        guard characters.count == 9 else { return digits }
        return "\(String(characters[0..<3])) \(String(characters[3..<6])) \(String(characters[6..<9]))"
    }

    public var description: String { digits }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.digits < rhs.digits }
}
