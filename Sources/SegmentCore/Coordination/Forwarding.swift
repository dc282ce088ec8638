import Foundation

/// Telling the provider about a case: the one report when it is first
/// forwarded, then an addendum naming only the consumers that joined since.
/// A workflow over a store, as `Outbox` is: the store keeps the rows and
/// answers the queries, this decides what is sent and records that it was.
public struct Forwarding {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    /// The one report to the provider for a case: the number of consumers
    /// affected and the evidence (times, codes, correlation ids), addressed to
    /// the provider (the configured address, else the registered one), with national identity numbers masked unless
    /// `keepingPersonalData`. Returns the message and how many numbers were masked.
    public func report(caseID: Int64, keepingPersonalData: Bool = false) throws -> (message: PlannedMessage, masked: Int) {
        let detail = try store.caseDesk.providerCase(id: caseID)
        let row = detail.row
        let provider = try store.caseDesk.caseProvider(caseID: caseID)
        let report = CaseReport(caseID: caseID, title: row.title, affectedConsumers: row.affectedConsumers, reports: row.reports,
                                serviceKey: row.serviceKey, environment: detail.environment.rawValue, errorCode: row.errorCode,
                                firstSeen: detail.firstSeen, lastSeen: detail.lastSeen, providerReference: row.providerReference,
                                evidence: try store.cases.evidence(caseID: caseID, consumers: nil))
        let text = report.forwarding(in: provider.language)
        let message = PlannedMessage(recipient: provider.address, subject: text.subject, body: text.body, incidentID: 0,
                                     keepingPersonalData: keepingPersonalData)
        return (message, message.maskedCount)
    }

    /// The addendum to a forwarded case: only the consumers that joined it
    /// since the provider was told, with their reports' evidence, under the
    /// case's tag so it lands on the provider's own ticket.
    public func addendum(caseID: Int64, keepingPersonalData: Bool = false) throws -> PlannedMessage {
        let row = try store.caseDesk.caseRow(id: caseID)
        let new = try store.cases.consumersNotForwarded(caseID: caseID)
        guard row.status.isOpen, row.status != .open, !new.isEmpty else {
            throw StoreError.refused(row.status == .open ? Refusal.notForwardedYet(caseID: caseID)
                                     : Refusal.noNewConsumers(caseID: caseID))
        }
        let provider = try store.caseDesk.caseProvider(caseID: caseID)
        let report = CaseReport(caseID: caseID, title: row.title, affectedConsumers: row.affectedConsumers, reports: row.reports,
                                serviceKey: row.serviceKey, environment: "", errorCode: row.errorCode, firstSeen: nil, lastSeen: nil,
                                providerReference: row.providerReference, evidence: try store.cases.evidence(caseID: caseID, consumers: new))
        let text = report.addendum(newConsumers: new.count, in: provider.language)
        return PlannedMessage(recipient: provider.address, subject: text.subject, body: text.body, incidentID: 0,
                              keepingPersonalData: keepingPersonalData)
    }

    /// Queues the addendum and records the consumers it named, journalled.
    private func sendAddendum(caseID: Int64, keepingPersonalData: Bool) throws {
        let message = try addendum(caseID: caseID, keepingPersonalData: keepingPersonalData)
        let new = try store.cases.consumersNotForwarded(caseID: caseID)
        try store.outbox.queue(to: message.recipient, subject: message.subject, body: message.body, entity: .providerCase, entityID: caseID,
                         keepingPersonalData: keepingPersonalData)
        try store.cases.markForwarded(consumers: new, caseID: caseID)
        try store.journal(entity: .providerCase, id: caseID, action: .addendumForwarded,
                    after: "to=\(message.recipient) new_consumers=\(new.count) masked=\(message.maskedCount)")
    }

    /// The provider's targets for a case, by its highest priority: the
    /// provider's own (its record), else the configuration's; nil where
    /// neither sets one.
    func providerTargets(caseID: Int64) throws -> (acknowledge: Int64?, resolve: Int64?) {
        guard let (priority, providerID) = try store.cases.priorityAndProvider(caseID: caseID) else { return (nil, nil) }
        if let own = try store.providers.targets(providerID: providerID).first(where: { $0.priority == priority }) {
            return (own.acknowledge, own.resolve)
        }
        return (store.policy.providerResponse[priority], store.policy.providerResolution[priority])
    }

    /// Queues the report to the provider and marks the case and its open
    /// incidents forwarded, in one transaction with the journal.
    public func forward(caseID: Int64, keepingPersonalData: Bool = false) throws {
        try store.database.inTransaction {
            let before = try store.caseDesk.caseRow(id: caseID)
            if before.status != .open {
                return try sendAddendum(caseID: caseID, keepingPersonalData: keepingPersonalData)
            }
            let (message, masked) = try report(caseID: caseID, keepingPersonalData: keepingPersonalData)
            try store.cases.markForwarded(consumers: try store.cases.consumersNotForwarded(caseID: caseID), caseID: caseID)
            try store.outbox.queue(to: message.recipient, subject: message.subject, body: message.body, entity: .providerCase,
                             entityID: caseID, keepingPersonalData: keepingPersonalData)
            let targets = try providerTargets(caseID: caseID)
            try store.cases.markForwarded(caseID: caseID, acknowledgeWithin: targets.acknowledge, resolveWithin: targets.resolve)
            let open = try store.cases.openIncidents(caseID: caseID)
            if !open.isEmpty { try store.triageDesk.triage(.setStatus(.forwarded, nil), incidents: open) }
            try store.journal(entity: .providerCase, id: caseID, action: .forwarded, before: "status=open",
                        after: "status=forwarded to=\(message.recipient) consumers=\(before.affectedConsumers) masked=\(masked)"
                            + (keepingPersonalData ? " kept=\(message.identityNumbers)" : ""))
        }
    }
}
