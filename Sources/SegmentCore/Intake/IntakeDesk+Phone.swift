extension IntakeDesk {
    /// Records an incident taken by phone: the consumer by organisation
    /// number or name, the service by key, a one-line title. Its external id
    /// is `PHONE-` and the time, and the journal names the operator who took it.
    @discardableResult
    public func addPhoneReport(consumer: String, serviceKey: String, title: String,
                               assessment: Assessment = Assessment(impact: 2, urgency: 2), call: PhoneCall = PhoneCall()) throws -> Int64 {
        let title = UntrustedText.line(title).trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty else { throw StoreError.refused(Refusal.phoneReportNeedsTitle) }
        return try store.database.inTransaction {
            let consumer = try consumerID(calledBy: consumer)
            let services = try store.knownServices()
            guard let service = services[serviceKey] else { throw StoreError.refused(services.unknown(serviceKey)) }
            let next = try store.incidents.newestID() + 1
            let reference = call.theirReference.map { UntrustedText.line($0).trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
            if let reference, let earlier = try store.incidents.id(consumerID: consumer, externalID: reference) {
                throw StoreError.refused(Refusal.referenceTaken(reference: reference, incidentID: earlier))
            }
            var incident = NewIncident(externalID: reference ?? IncidentReference.phone(at: store.now(), number: next), consumerID: consumer, serviceID: service,
                                       receivedAt: store.now(), title: title)
            incident.assessment = assessment
            incident.reporterName = call.caller.map { UntrustedText.line($0).trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
            incident.body = call.body
            return try addIncident(incident, arrival: .phone)
        }
    }

    /// The consumer a caller names: digits are an organisation number;
    /// other text is a name, matched whole, else at the start of exactly one
    /// name, else inside exactly one. Several matches are refused with the
    /// first few named.
    func consumerID(calledBy text: String) throws -> Int64 {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if !trimmed.isEmpty, trimmed.allSatisfy({ $0.isNumber || $0 == " " }) {
            let number: OrganisationNumber
            do { number = try OrganisationNumber(trimmed) } catch { throw StoreError.refused(.badOrganisationNumber(error)) }
            guard let id = try store.consumers.id(organisationNumber: number.digits) else {
                throw StoreError.refused(.noConsumer(organisationNumber: number.digits))
            }
            return id
        }
        let needle = trimmed.lowercased().precomposedStringWithCanonicalMapping
        let escaped = needle.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
        for pattern in [escaped, escaped + "%", "%" + escaped + "%"] {
            let found = try store.consumers.named(like: pattern, limit: 4)
            if found.count == 1 { return found[0].0 }
            if found.count > 1 {
                let names = found.prefix(3).map { UntrustedText.line($0.1) }.joined(separator: ", ")
                throw StoreError.refused(Refusal.severalConsumersCalled(name: UntrustedText.line(trimmed), candidates: names + (found.count > 3 ? ", …" : "")))
            }
        }
        throw StoreError.refused(Refusal.noConsumerCalled(name: UntrustedText.line(trimmed)))
    }
}

/// What a caller says beyond the fault itself: who they are, the number
/// they called from, their own ticket number, and what they told.
public struct PhoneCall: Equatable, Sendable {
    public var caller: String?
    public var phone: String?
    public var theirReference: String?
    public var text: String?

    public init(caller: String? = nil, phone: String? = nil, theirReference: String? = nil, text: String? = nil) {
        self.caller = caller
        self.phone = phone
        self.theirReference = theirReference
        self.text = text
    }

    /// The incident's text: what they said, and the number to call back.
    var body: String {
        let said = text.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
        let number = phone.map { UntrustedText.line($0).trimmingCharacters(in: .whitespaces) } ?? ""
        return [said, number.isEmpty ? "" : localized("Call back: {1}", number)].filter { !$0.isEmpty }.joined(separator: "\n\n")
    }
}
