import SegmentCore

/// A new need, backed by the consumer that raised it.
struct NeedForm: EntryFormKind {
    var title: String { localized("New need") }
    var note: String { localized("Enter records it, backed by the consumer that raised it") }
    var cancelled: Wording { Wording("need not recorded") }
    let required = ["title", "raised_by"]

    var fields: [EntryForm.Field] {
        [.init("title", "Title", "one line"), .init("services", "Services", "service keys, separated by spaces"),
         .init("raised_by", "Raised by", "organisation number of the consumer"),
         .init("description", "Description", "what the segment needs and why")]
    }

    func effect(of form: EntryForm) -> Result<Effect, EntryForm.FormProblem> {
        .success(.needs(.raiseNeed(title: form.text("title"), description: form.text("description"),
                                   serviceKeys: form.words("services"), raisedBy: form.text("raised_by"))))
    }
}
