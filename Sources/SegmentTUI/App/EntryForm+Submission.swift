import SegmentCore

extension EntryForm {
    /// The effect the form describes, or what is missing or wrong: first the
    /// checks made as each field is typed, then the required fields, then
    /// what the form's kind makes of the answers.
    func submission() -> Result<Effect, FormProblem> {
        for field in fields {
            if let check = check(field.key), check.isProblem || check.text != "valid" {
                return .failure(FormProblem(field: field.key, message: Wording("{1}: {2}", Wording(field.label), check.text)))
            }
        }
        for field in kind.required where text(field).isEmpty {
            let label = fields.first { $0.key == field }?.label ?? field
            return .failure(FormProblem(field: field, message: Wording("{1} is required", Wording(label))))
        }
        return kind.effect(of: self)
    }

    /// The words of a field, split at spaces and commas: service keys.
    func words(_ key: String) -> [String] {
        text(key).split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
    }

    /// The start of a YYYY-MM-DD day in the segment's zone: when something
    /// typed as a date begins.
    static func startOfDay(_ text: String) -> Int64? { SegmentZone.current.startOfDay(text) }

    /// The end of a YYYY-MM-DD day in the segment's zone: a deadline typed
    /// as a date holds all that day.
    static func endOfDay(_ text: String) -> Int64? { SegmentZone.current.endOfDay(text) }
}
