import SegmentCore

/// A short form over the dashboard, typed field by field and saved with
/// Enter: an incident taken by phone, a new notice, a need. What it asks
/// and what it makes of the answers depend on its purpose.
public struct EntryForm: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        case phoneReport
        case notice
        case need
        case consumer
    }

    /// One line of the form; its label and hint are texts of the table,
    /// worded where the form is drawn.
    public struct Field: Equatable, Sendable {
        public let key: String
        public let label: String
        public let hint: String
        /// Holds one digit, which a key replaces instead of adding to.
        public let isLevel: Bool

        init(_ key: String, _ label: String, _ hint: String, isLevel: Bool = false) {
            self.key = key
            self.label = label
            self.hint = hint
            self.isLevel = isLevel
        }
    }

    public let purpose: Purpose
    public var values: [String: String]
    /// The index of the focused field.
    public var focus = 0
    /// What was wrong the last time Enter was pressed, shown in the form.
    public var problem: Wording?

    public init(_ purpose: Purpose) {
        self.purpose = purpose
        values = purpose == .phoneReport ? ["impact": "2", "urgency": "2"] : [:]
    }

    var fields: [Field] { purpose.fields }
    var focusedField: Field { fields[focus] }

    /// Types a character into the focused field.
    mutating func type(_ character: Character) {
        guard !character.isNewline else { return }
        let key = focusedField.key
        if focusedField.isLevel {
            values[key] = String(character)
        } else {
            values[key, default: ""].append(character)
        }
    }

    mutating func erase() {
        let key = focusedField.key
        guard var value = values[key], !value.isEmpty else { return }
        value.removeLast()
        values[key] = value
    }

    mutating func move(by step: Int) {
        focus = (focus + step + fields.count) % fields.count
    }

    /// What the form says of a field's value as it is typed, and whether
    /// that is a problem: an organisation number is checked digit by digit.
    func check(_ key: String) -> (text: Wording, isProblem: Bool)? {
        guard key == "org_number", !text(key).isEmpty else { return nil }
        let digits = text(key).filter { !$0.isWhitespace }
        if digits.count < 9 && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber) {
            return (Wording("{1} more", 9 - digits.count), false)
        }
        do {
            _ = try OrganisationNumber(text(key))
            return ("valid", false)
        } catch {
            return (.verbatim(error.brief), true)
        }
    }

    /// The trimmed value of the field with `key`.
    func text(_ key: String) -> String { (values[key] ?? "").trimmingCharacters(in: .whitespaces) }

    /// What was wrong, and in which field.
    struct FormProblem: Error {
        let field: String
        let message: Wording
    }
}

extension EntryForm.Purpose {
    var title: String {
        switch self {
        case .phoneReport: localized("New incident taken by phone")
        case .notice: localized("New notice (a draft until :publish)")
        case .need: localized("New need")
        case .consumer: localized("Register a consumer")
        }
    }

    /// The line under the fields before anything went wrong.
    var note: String {
        switch self {
        case .phoneReport: localized("Enter records it; the SLA clock starts now")
        case .notice: localized("Enter keeps it as a draft; the services' provider is its sender")
        case .need: localized("Enter records it, backed by the consumer that raised it")
        case .consumer: localized("Enter registers it at stage registered; :stage moves it on")
        }
    }

    /// What the status line says when the form is left with Esc.
    var cancelled: Wording {
        switch self {
        case .phoneReport: Wording("phone report not recorded")
        case .notice: Wording("notice not written")
        case .need: Wording("need not recorded")
        case .consumer: Wording("consumer not registered")
        }
    }

    var fields: [EntryForm.Field] {
        switch self {
        case .phoneReport:
            [.init("consumer", "Consumer", "organisation number or name"), .init("service", "Service", "service key, e.g. inntekt-api"),
             .init("title", "Title", "one line"), .init("impact", "Impact", "1 high, 2, 3 low", isLevel: true),
             .init("urgency", "Urgency", "1 high, 2, 3 low", isLevel: true)]
        case .notice:
            [.init("kind", "Kind", NoticeKind.allCases.map(\.rawValue).joined(separator: " ")),
             .init("services", "Services", "service keys, separated by spaces"),
             .init("effective", "Effective", "YYYY-MM-DD"), .init("deadline", "Deadline", "YYYY-MM-DD, or empty"),
             .init("breaking", "Breaking", "y or n", isLevel: true), .init("title", "Title", "one line"),
             .init("body", "Text", "what the consumers should know or do")]
        case .need:
            [.init("title", "Title", "one line"), .init("services", "Services", "service keys, separated by spaces"),
             .init("raised_by", "Raised by", "organisation number of the consumer"),
             .init("description", "Description", "what the segment needs and why")]
        case .consumer:
            [.init("org_number", "Org no", "9 digits, checked as you type"), .init("name", "Name", "as registered"),
             .init("services", "Services", "service keys, separated by spaces"),
             .init("contact_name", "Contact", "the technical contact's name"),
             .init("contact_email", "Email", "the technical contact's address")]
        }
    }
}
