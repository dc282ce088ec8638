extension IntakeDesk {
    /// Records an incident taken by phone: the consumer by organisation
    /// number or name, the service by key, a one-line title. Its external id
    /// is `PHONE-` and the time, and the journal names the operator who took it.
    @discardableResult
    public func addPhoneReport(consumer: String, serviceKey: String, title: String,
                               assessment: Assessment = Assessment(impact: 2, urgency: 2)) throws -> Int64 {
        let title = UntrustedText.line(title).trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty else { throw StoreError.refused(Refusal.phoneReportNeedsTitle) }
        return try store.database.inTransaction {
            let consumer = try consumerID(calledBy: consumer)
            let services = try store.knownServices()
            guard let service = services[serviceKey] else { throw StoreError.refused(services.unknown(serviceKey)) }
            let next = try store.incidents.newestID() + 1
            var incident = NewIncident(externalID: "PHONE-\(store.now())-\(next)", consumerID: consumer, serviceID: service,
                                       receivedAt: store.now(), title: title)
            incident.assessment = assessment
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
