extension IncomingConsumer {
    /// The record's contacts: its technical_name and technical_email, and in
    /// JSON the `contacts` list of {role, name, email, shared}; each bad one
    /// is a problem naming its place in the list.
    static func readContacts(_ fields: [String: FieldValue], _ reader: inout FieldReader) -> [Contact] {
        var contacts: [Contact] = []
        func contact(role: ContactRole, name: String?, email: String?, shared: Bool, field: String) {
            guard let email else {
                if name != nil { reader.problem(field, localized("a contact needs a mail address")) }
                return
            }
            guard MailAddress.isPlausible(email) else {
                reader.problem(field, localized("\"{1}\" is not a mail address", email))
                return
            }
            contacts.append(Contact(role: role, name: name ?? email, email: email, isSharedMailbox: shared))
        }
        contact(role: .technical, name: reader.line("technical_name", required: false),
                email: reader.identifier("technical_email", required: false), shared: false, field: "technical_email")
        switch fields["contacts"] ?? .null {
        case .null: break
        case .array(let items):
            for (index, item) in items.enumerated() {
                let field = "contacts[\(index)]"
                guard case .object(let object) = item else { reader.problem(field, localized("expected an object")); continue }
                var role = ContactRole.technical
                if case .text(let value) = object["role"] ?? .null {
                    guard let parsed = ContactRole(rawValue: value) else {
                        reader.problem("\(field).role", localized("expected technical, business or vendor, got \"{1}\"", value))
                        continue
                    }
                    role = parsed
                }
                func text(_ key: String) -> String? {
                    if case .text(let value) = object[key] ?? .null { return value }
                    return nil
                }
                let shared: Bool
                if case .bool(let value) = object["shared"] ?? .null { shared = value } else { shared = false }
                contact(role: role, name: text("name"), email: text("email"), shared: shared, field: "\(field).email")
            }
        default:
            reader.problem("contacts", localized("expected a list of {role, name, email, shared}"))
        }
        return contacts
    }
}
