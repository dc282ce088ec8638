import SegmentCore

/// An incident taken by phone: who called, about which service, and how bad.
struct PhoneReportForm: EntryFormKind {
    var title: String { localized("New incident taken by phone") }
    var note: String { localized("Enter records it; the SLA clock starts now") }
    var cancelled: Wording { Wording("phone report not recorded") }
    let required = ["consumer", "service", "title"]
    let initialValues = ["impact": "2", "urgency": "2"]

    var fields: [EntryForm.Field] {
        [.init("consumer", "Consumer", "organisation number or name"), .init("service", "Service", "service key, e.g. inntekt-api"),
         .init("title", "Title", "one line"), .init("impact", "Impact", "1 high, 2, 3 low", isLevel: true),
         .init("urgency", "Urgency", "1 high, 2, 3 low", isLevel: true), .init("caller", "Caller", "who called"),
         .init("phone", "Phone", "the number to call back"), .init("reference", "Their ref", "their own ticket number, if they gave one"),
         .init("text", "Text", "what they said")]
    }

    func effect(of form: EntryForm) -> Result<Effect, EntryForm.FormProblem> {
        var levels: [Int] = []
        for field in ["impact", "urgency"] {
            guard let level = Int(form.text(field)), (1...3).contains(level) else {
                return .failure(.init(field: field, message: Wording("{1} must be 1 (high), 2 or 3 (low)", Wording(field.capitalized))))
            }
            levels.append(level)
        }
        return .success(.incidents(.addPhoneReport(consumer: form.text("consumer"), serviceKey: form.text("service"),
                                                   title: form.text("title"),
                                                   assessment: Assessment(impact: levels[0], urgency: levels[1]),
                                                   call: PhoneCall(caller: form.text("caller"), phone: form.text("phone"),
                                                                   theirReference: form.text("reference"), text: form.text("text")))))
    }
}
