import SegmentCore

/// A new notice, kept as a draft until it is published.
struct NoticeForm: EntryFormKind {
    var title: String { localized("New notice (a draft until :publish)") }
    var note: String { localized("Enter keeps it as a draft; the services' provider is its sender") }
    var cancelled: Wording { Wording("notice not written") }
    let required = ["kind", "services", "effective", "title"]

    var fields: [EntryForm.Field] {
        [.init("kind", "Kind", NoticeKind.allCases.map(\.rawValue).joined(separator: " ")),
         .init("services", "Services", "service keys, separated by spaces"),
         .init("environment", "Env", "production or test; empty: production"),
         .init("effective", "Effective", "YYYY-MM-DD [HH:MM]"), .init("ends", "Ends", "YYYY-MM-DD [HH:MM], or empty"),
         .init("deadline", "Deadline", "YYYY-MM-DD, or empty"),
         .init("breaking", "Breaking", "y or n", isLevel: true), .init("title", "Title", "one line"),
         .init("body", "Text", "what the consumers should know or do")]
    }

    func effect(of form: EntryForm) -> Result<Effect, EntryForm.FormProblem> {
        guard let kind = NoticeKind(rawValue: form.text("kind")) else {
            return .failure(.init(field: "kind", message: Wording("Kind must be one of {1}",
                                                                  NoticeKind.allCases.map(\.rawValue).joined(separator: ", "))))
        }
        guard let environment = form.text("environment").isEmpty ? .production : ServiceEnvironment(word: form.text("environment")) else {
            return .failure(.init(field: "environment", message: Wording("Env must be production or test")))
        }
        guard let effective = SegmentZone.current.moment(form.text("effective")) else {
            return .failure(.init(field: "effective", message: Wording("Effective must be a date such as 2026-12-15, or 2026-12-15 06:00")))
        }
        let ends = SegmentZone.current.moment(form.text("ends"), endOfDay: true)
        if !form.text("ends").isEmpty && ends == nil {
            return .failure(.init(field: "ends", message: Wording("Ends must be a date such as 2026-12-15, or 2026-12-15 08:00, or empty")))
        }
        if let ends, ends <= effective {
            return .failure(.init(field: "ends", message: Wording("Ends must come after Effective")))
        }
        let deadline = EntryForm.endOfDay(form.text("deadline"))
        if !form.text("deadline").isEmpty && deadline == nil {
            return .failure(.init(field: "deadline", message: Wording("Deadline must be a date such as 2026-12-08, or empty")))
        }
        if kind == .consultation && deadline == nil {
            return .failure(.init(field: "deadline", message: Wording("A consultation needs a deadline: the date to answer by")))
        }
        guard ["", "y", "n"].contains(form.text("breaking").lowercased()) else {
            return .failure(.init(field: "breaking", message: Wording("Breaking is y or n")))
        }
        return .success(.notices(.writeNotice(NoticeDraft(
            kind: kind, title: form.text("title"), body: form.text("body"), serviceKeys: form.words("services"), effectiveAt: effective,
            deadline: deadline, breaking: form.text("breaking").lowercased() == "y", endsAt: ends, environment: environment))))
    }
}
