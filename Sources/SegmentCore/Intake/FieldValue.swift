/// A value of one field of an intake record, from JSON or CSV.
public enum FieldValue: Equatable, Sendable {
    case text(String)
    case number(Double)
    case bool(Bool)
    case null
    case object([String: FieldValue])
    case array([FieldValue])

    /// How a message quotes the value.
    var shown: String {
        switch self {
        case .text(let text): "\"\(text)\""
        case .number(let number): number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case .bool(let value): String(value)
        case .null: "null"
        case .object: "an object"
        case .array: "a list"
        }
    }
}
