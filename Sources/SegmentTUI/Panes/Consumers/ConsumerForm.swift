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
         .init("contact_email", "Email", "the technical contact's address"),
         .init("domain", "Domain", "the mail domain they write from; empty: the email's"),
         .init("business_name", "Business", "the business contact's name, or empty"),
         .init("business_email", "Bus. email", "the business contact's address, or empty")]
    }

    func effect(of form: EntryForm) -> Result<Effect, EntryForm.FormProblem> {
        if !form.text("business_name").isEmpty && form.text("business_email").isEmpty {
            return .failure(.init(field: "business_email", message: Wording("a business contact needs an address")))
        }
        let optional = { (key: String) in form.text(key).isEmpty ? nil : form.text(key) }
        return .success(.consumers(.registerConsumer(ConsumerRegistration(
            organisationNumber: form.text("org_number"), name: form.text("name"), serviceKeys: form.words("services"),
            technicalName: form.text("contact_name"), technicalEmail: form.text("contact_email"), mailDomain: optional("domain"),
            businessName: optional("business_name"), businessEmail: optional("business_email")))))
    }
}
