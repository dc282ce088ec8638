extension Store {
    /// Records an incident taken by phone: the consumer by organisation
    /// number, the service by key, a one-line title. Its external id is
    /// `PHONE-` and the time, and the journal names the operator who took it.
    @discardableResult
    public func addPhoneReport(organisationNumber: String, serviceKey: String, title: String,
                               assessment: Assessment = Assessment(impact: 2, urgency: 2)) throws -> Int64 {
        let number: OrganisationNumber
        do { number = try OrganisationNumber(organisationNumber) } catch { throw StoreError.invalid(error.description) }
        let title = UntrustedText.line(title).trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty else { throw StoreError.invalid("a phone report needs a title") }
        return try database.inTransaction {
            guard let consumer = try database.first("SELECT id FROM consumers WHERE org_number = ?", [.text(number.digits)], { $0.int(0) }) else {
                throw StoreError.invalid("no consumer has organisation number \(number.digits)")
            }
            guard let service = try database.first("SELECT id FROM services WHERE key = ?", [.text(serviceKey)], { $0.int(0) }) else {
                let known = try database.rows("SELECT key FROM services ORDER BY key") { $0.string(0) }.joined(separator: ", ")
                throw StoreError.invalid("unknown service \"\(serviceKey)\"; known: \(known)")
            }
            var incident = NewIncident(externalID: "PHONE-\(now())", consumerID: consumer, serviceID: service,
                                       receivedAt: now(), title: title)
            incident.assessment = assessment
            let id = try addIncident(incident)
            try journal(entity: "incident", id: id, action: "taken by phone", after: "by=\(operatorLogin)")
            return id
        }
    }
}
