import SegmentCore

/// The short form for an incident taken by phone: who called, about which
/// service, what is wrong, and how bad. Typed field by field; saved with Enter.
public struct PhoneForm: Equatable, Sendable {
    public enum Field: Int, CaseIterable, Sendable {
        case consumer, service, title, impact, urgency

        var label: String {
            switch self {
            case .consumer: "Consumer"
            case .service: "Service"
            case .title: "Title"
            case .impact: "Impact"
            case .urgency: "Urgency"
            }
        }

        var isLevel: Bool { self == .impact || self == .urgency }

        var hint: String {
            switch self {
            case .consumer: "organisation number or name"
            case .service: "service key, e.g. inntekt-api"
            case .title: "one line"
            case .impact, .urgency: "1 high, 2, 3 low"
            }
        }
    }

    public var values: [Field: String] = [.impact: "2", .urgency: "2"]
    public var focus = Field.consumer
    /// What was wrong the last time Enter was pressed, shown in the form.
    public var problem: String?

    public init() {}

    /// Types a character into the focused field. Impact and urgency hold one
    /// digit, so a key there replaces the level already shown.
    mutating func type(_ character: Character) {
        guard !character.isNewline else { return }
        if focus.isLevel {
            values[focus] = String(character)
        } else {
            values[focus, default: ""].append(character)
        }
    }

    mutating func erase() {
        guard var value = values[focus], !value.isEmpty else { return }
        value.removeLast()
        values[focus] = value
    }

    mutating func move(by step: Int) {
        let count = Field.allCases.count
        focus = Field(rawValue: (focus.rawValue + step + count) % count)!
    }

    /// The phone report the form describes, or what is missing or wrong.
    func report() -> Result<Effect, FormProblem> {
        func text(_ field: Field) -> String { (values[field] ?? "").trimmingCharacters(in: .whitespaces) }
        for field in [Field.consumer, .service, .title] where text(field).isEmpty {
            return .failure(FormProblem(field: field, message: "\(field.label) is required"))
        }
        var levels: [Int] = []
        for field in Field.allCases where field.isLevel {
            guard let level = Int(text(field)), (1...3).contains(level) else {
                return .failure(FormProblem(field: field, message: "\(field.label) must be 1 (high), 2 or 3 (low)"))
            }
            levels.append(level)
        }
        return .success(.addPhoneReport(consumer: text(.consumer), serviceKey: text(.service), title: text(.title),
                                        assessment: Assessment(impact: levels[0], urgency: levels[1])))
    }

    struct FormProblem: Error {
        let field: Field
        let message: String
    }
}
