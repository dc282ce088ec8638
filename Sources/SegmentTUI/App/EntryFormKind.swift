import SegmentCore

/// What one form asks and what it makes of the answers. A pane that records
/// something new declares its form in its own folder; the form box and the
/// reducer know only this.
protocol EntryFormKind: Sendable {
    /// The box's title, in the interface's language.
    var title: String { get }
    /// The line under the fields before anything went wrong.
    var note: String { get }
    /// What the status line says when the form is left with Esc.
    var cancelled: Wording { get }
    var fields: [EntryForm.Field] { get }
    /// The keys of the fields that may not be left empty.
    var required: [String] { get }
    /// The values a new form starts with.
    var initialValues: [String: String] { get }
    /// The effect the filled-in form describes, or what is wrong and where;
    /// empty required fields and typed checks are caught before this.
    func effect(of form: EntryForm) -> Result<Effect, EntryForm.FormProblem>
}

extension EntryFormKind {
    var initialValues: [String: String] { [:] }
}
