import Foundation

extension TriageDesk {
    /// Attaches an incident to the consumer with this organisation number:
    /// how an unmatched mail report gets its sender's consumer.
    public func attachConsumer(incidentID: Int64, organisationNumber: String) throws {
        let number: OrganisationNumber
        do { number = try OrganisationNumber(organisationNumber) } catch { throw StoreError.refused(.badOrganisationNumber(error)) }
        try store.database.inTransaction {
            guard let consumer = try store.consumers.id(organisationNumber: number.digits) else {
                throw StoreError.refused(.noConsumer(organisationNumber: number.digits))
            }
            guard let before = try store.incidents.consumerNumber(id: incidentID) else {
                throw StoreError.notFound(entity: .incident, id: incidentID)
            }
            try store.incidents.setConsumer(consumer, id: incidentID)
            try store.journal(entity: .incident, id: incidentID, action: .consumer,
                        before: "consumer=\(before ?? "unmatched")", after: "consumer=\(number.digits)")
        }
    }

    /// Says which service an incident is about (one that arrived by mail as
    /// "unsorted", or a report filed under the wrong one).
    public func setService(incidentID: Int64, serviceKey: String) throws {
        try store.database.inTransaction {
            let services = try store.knownServices()
            guard let service = services[serviceKey] else { throw StoreError.refused(services.unknown(serviceKey)) }
            guard let before = try store.incidents.serviceKey(id: incidentID) else {
                throw StoreError.notFound(entity: .incident, id: incidentID)
            }
            try store.incidents.setService(service, id: incidentID)
            try store.journal(entity: .incident, id: incidentID, action: .service,
                        before: "service=\(before)", after: "service=\(serviceKey)")
        }
    }

    /// An internal note on any record, kept in its history; never sent.
    public func addNote(entity: RecordKind, id: Int64, text: String) throws {
        let text = UntrustedText.line(text).trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { throw StoreError.refused(Refusal.noteNeedsText) }
        try store.database.inTransaction {
            try store.requireRecord(entity, id: id)
            try store.journal(entity: entity, id: id, action: .note, after: text)
        }
    }

    /// What the provider said about a case, typed in by the operator (mail
    /// answers are recorded by ingest). A forwarded case counts as acknowledged.
    public func recordProviderUpdate(caseID: Int64, text: String) throws {
        let text = UntrustedText.line(text).trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { throw StoreError.refused(Refusal.providerUpdateNeedsText) }
        try store.database.inTransaction {
            _ = try store.caseDesk.caseRow(id: caseID)
            try store.journal(entity: .providerCase, id: caseID, action: .providerUpdateNoted, after: text)
            try store.cases.acknowledgeIfForwarded(caseID: caseID)
        }
    }


    /// Mail from outside kept with a record, newest first: a consumer's
    /// replies on an incident, or the provider's updates on a case (with the
    /// updates the operator noted by hand).
    public func receivedMessages(incidentID: Int64? = nil, caseID: Int64? = nil, limit: Int = 20) throws -> [ReceivedMessage] {
        if let incidentID { return try store.inboundMail.replies(incidentID: incidentID, limit: limit) }
        guard let caseID else { return [] }
        return try store.inboundMail.providerUpdates(caseID: caseID, limit: limit)
    }
}

/// A message from outside shown with its record.
public struct ReceivedMessage: Equatable, Sendable {
    public var at: Int64
    /// The sender's address, or the operator who noted it.
    public var from: String
    public var text: String
    /// The mail's subject, where the list shows one.
    public var subject: String? = nil
}
