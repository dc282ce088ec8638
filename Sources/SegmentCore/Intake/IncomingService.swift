/// A provider's service as an intake file describes it: the provider (made
/// on first mention) and one of the APIs or datasets it shares.
public struct IncomingService: Equatable, Sendable, IntakeRecord {
    public var line: Int
    public var providerKey: String
    public var providerName: String
    public var providerEmail: String
    public var serviceKey: String
    public var serviceName: String
    public var environments: [ServiceEnvironment]
    public var description: String?
    /// The language the provider reads: nb (the default) or en.
    public var providerLanguage: Language = .bokmal

    public static let fieldNames = ["provider", "provider_name", "provider_email", "service", "service_name", "environments",
                                    "description", "provider_language"]

    /// Whether `text` is a key: up to 64 lower-case ASCII letters, digits and `-`.
    static func isKey(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 64 && text.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
    }

    /// Checks one record (names as in the JSON Lines format) and collects every problem.
    public static func check(_ fields: [String: FieldValue], line: Int, file: String) -> RecordCheck<IncomingService> {
        var reader = FieldReader(fields, line: line, file: file)
        func key(_ field: String) -> String? {
            guard let value = reader.identifier(field, required: true) else { return nil }
            guard isKey(value) else {
                reader.problem(field, localized("expected a key of lower-case letters, digits and -, e.g. inntekt-api, got \"{1}\"", value))
                return nil
            }
            return value
        }
        let provider = key("provider")
        let providerName = reader.line("provider_name", required: true, maximum: 200)
        let providerEmail = reader.identifier("provider_email", required: true)
        if let providerEmail, !MailAddress.isPlausible(providerEmail) {
            reader.problem("provider_email", localized("\"{1}\" is not one mail address (where the provider's cases go)", providerEmail))
        }
        let service = key("service")
        let serviceName = reader.line("service_name", required: true, maximum: 200)
        var environments: [ServiceEnvironment] = []
        for word in reader.words("environments", required: true) {
            guard let environment = ServiceEnvironment(rawValue: word) else {
                reader.problem("environments", localized("expected test and/or production, got \"{1}\"", word))
                continue
            }
            if !environments.contains(environment) { environments.append(environment) }
        }
        let description = reader.text("description", required: false)
        let providerLanguage = reader.language("provider_language")
        guard reader.problems.isEmpty, let provider, let providerName, let providerEmail, let service, let serviceName,
              !environments.isEmpty else {
            if reader.problems.isEmpty { reader.problem("environments", localized("name at least one: test, production")) }
            return .bad(reader.problems)
        }
        return .good(IncomingService(line: line, providerKey: provider, providerName: providerName, providerEmail: providerEmail,
                                     serviceKey: service, serviceName: serviceName, environments: environments,
                                     description: description, providerLanguage: providerLanguage))
    }
}
