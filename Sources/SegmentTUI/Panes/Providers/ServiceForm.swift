import SegmentCore

/// A service of a provider registered by hand, as `import services` would.
struct ServiceForm: EntryFormKind {
    /// The provider the form starts with: the one selected, when any.
    var providerKey = ""

    var title: String { localized("Register a service") }
    var note: String { localized("Enter registers it; consumers then use it with :uses +KEY") }
    var cancelled: Wording { Wording("service not registered") }
    let required = ["provider", "key", "name", "environments"]

    var fields: [EntryForm.Field] {
        [.init("provider", "Provider", "the provider's key"), .init("key", "Key", "lower-case letters, digits and -"),
         .init("name", "Name", "one line"), .init("environments", "Offered in", "production and/or test"),
         .init("description", "Description", "optional, one line")]
    }

    var initialValues: [String: String] { ["provider": providerKey, "environments": localized("production") + " " + localized("test")] }

    func effect(of form: EntryForm) -> Result<Effect, EntryForm.FormProblem> {
        .success(.providers(.registerService(providerKey: form.text("provider"), key: form.text("key"), name: form.text("name"),
                                             environments: form.words("environments"), description: form.text("description"))))
    }
}
