/// A consumer as an intake file describes it: a bank or municipality with
/// its contacts and the services it uses, checked but not yet matched
/// against the store's services.
public struct IncomingConsumer: Equatable, Sendable, IntakeRecord {
    public var line: Int
    public var organisationNumber: OrganisationNumber
    public var name: String
    public var operatorNumber: OrganisationNumber?
    public var operatorName: String?
    public var mailDomain: String?
    public var stage: OnboardingStage
    public var serviceKeys: [String]
    public var contacts: [Contact]
    /// The consumer's own declaration of its legal basis: when, and its reference.
    public var legalDeclaredAt: Int64?
    public var legalReference: String?
    /// The language its messages are written in: nb (the default) or en.
    public var language: Language = .bokmal
    /// The fields the record gives: an update changes only these.
    public var givenFields: Set<String> = []

    /// Checks one record (names as in the JSON Lines format) and collects every problem.
    public static let fieldNames = ["org_number", "name", "operator_org_number", "operator_name", "mail_domain", "stage",
                                    "services", "technical_name", "technical_email", "contacts",
                                    "legal_declared_at", "legal_reference", "language"]

    public static func check(_ fields: [String: FieldValue], line: Int, file: String) -> RecordCheck<IncomingConsumer> {
        var reader = FieldReader(fields, line: line, file: file)
        let organisationNumber = reader.organisationNumber("org_number", required: true)
        let name = reader.line("name", required: true)
        let operatorNumber = reader.organisationNumber("operator_org_number", required: false)
        let operatorName = reader.line("operator_name", required: false)
        if (operatorNumber == nil) != (operatorName == nil) && reader.problems.isEmpty {
            reader.problem(operatorNumber == nil ? "operator_org_number" : "operator_name",
                           "a technical operator needs both its organisation number and its name")
        }
        let mailDomain = reader.identifier("mail_domain", required: false)?.lowercased()
        if let mailDomain, !MailAddress.isPlausible("x@" + mailDomain) {
            reader.problem("mail_domain", localized("\"{1}\" is not a mail domain", mailDomain))
        }
        var stage = OnboardingStage.registered
        if let value = reader.identifier("stage", required: false) {
            if let parsed = OnboardingStage(rawValue: value) { stage = parsed } else {
                reader.problem("stage", localized("expected one of {1}, got \"{2}\"", OnboardingStage.allCases.map(\.rawValue).joined(separator: ", "), value))
            }
        }
        let services = reader.words("services", required: false)
        let contacts = readContacts(fields, &reader)
        let legalDeclaredAt = reader.time("legal_declared_at", required: false)
        let legalReference = reader.line("legal_reference", required: false)
        if (legalDeclaredAt == nil) != (legalReference == nil) && reader.problems.isEmpty {
            reader.problem(legalDeclaredAt == nil ? "legal_declared_at" : "legal_reference",
                           "a declaration of the consumer's legal basis needs both its date and its reference")
        }
        let language = reader.language("language")
        guard reader.problems.isEmpty, let organisationNumber, let name else { return .bad(reader.problems) }
        return .good(IncomingConsumer(line: line, organisationNumber: organisationNumber, name: name,
                                      operatorNumber: operatorNumber, operatorName: operatorName, mailDomain: mailDomain,
                                      stage: stage, serviceKeys: services, contacts: contacts,
                                      legalDeclaredAt: legalDeclaredAt, legalReference: legalReference,
                                      language: language, givenFields: Set(fields.keys)))
    }
}
