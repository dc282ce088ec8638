import SegmentCore

/// A short form over the dashboard, typed field by field and saved with
/// Enter: an incident taken by phone, a new notice, a need. What it asks
/// and what it makes of the answers depend on its kind, declared by a pane.
public struct EntryForm: Equatable, Sendable {
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

    let kind: any EntryFormKind
    public var values: [String: String]
    /// The index of the focused field.
    public var focus = 0
    /// What was wrong the last time Enter was pressed, shown in the form.
    public var problem: Wording?

    init(_ kind: any EntryFormKind) {
        self.kind = kind
        values = kind.initialValues
    }

    /// Forms are the same when they are of one kind and hold the same answers.
    public static func == (lhs: EntryForm, rhs: EntryForm) -> Bool {
        Swift.type(of: lhs.kind) == Swift.type(of: rhs.kind) && lhs.values == rhs.values && lhs.focus == rhs.focus && lhs.problem == rhs.problem
    }

    var fields: [Field] { kind.fields }
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
