import SegmentCore

/// A consumer registered by hand, at onboarding's first stage.
struct ConsumerForm: EntryFormKind {
    var title: String { localized("Register a consumer") }
    var note: String { localized("Enter registers it at stage registered; :stage moves it on") }
    var cancelled: Wording { Wording("consumer not registered") }
    let required = ["org_number", "name", "contact_email"]

    var fields: [EntryForm.Field] {
        [.init("org_number", "Org no", "9 digits, checked as you type"), .init("name", "Name", "as registered"),
         .init("services", "Services", "service keys, separated by spaces"),
         .init("contact_name", "Contact", "the technical contact's name"),
         .init("contact_email", "Email", "the technical contact's address")]
    }

    func effect(of form: EntryForm) -> Result<Effect, EntryForm.FormProblem> {
        .success(.consumers(.registerConsumer(organisationNumber: form.text("org_number"), name: form.text("name"),
                                              serviceKeys: form.words("services"), contactName: form.text("contact_name"),
                                              contactEmail: form.text("contact_email"))))
    }
}
