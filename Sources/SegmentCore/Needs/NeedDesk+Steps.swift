/// A step on a need's road that its backers are told of.
public struct NeedStep: Equatable, Sendable {
    public var status: NeedStatus
    public var note: String?
    /// The provider's reference, for a decision.
    public var reference: String?

    public init(status: NeedStatus, note: String?, reference: String? = nil) {
        self.status = status
        self.note = note
        self.reference = reference
    }
}

extension NeedDesk {
    /// The messages a step would queue: one per backing consumer not
    /// offboarded, to its business contact (else any contact), naming the
    /// need, the new status and the note.
    public func needStepMessages(needID: Int64, step: NeedStep, keepingPersonalData: Bool = false) throws -> [PlannedMessage] {
        guard let title = try store.needs.title(needID) else { throw StoreError.notFound(entity: .need, id: needID) }
        return try store.needs.backersToTell(need: needID).compactMap { backer -> PlannedMessage? in
            guard let recipient = backer.address, MailAddress.isPlausible(recipient) else { return nil }
            let text = NeedMessages.step(step, needID: needID, title: title, consumer: backer.name,
                                         importance: Importance(rawValue: backer.importance) ?? .important, in: backer.language)
            return PlannedMessage(recipient: recipient, subject: text.subject, body: text.body, incidentID: 0,
                                  consumerID: backer.id, keepingPersonalData: keepingPersonalData)
        }
    }

    /// Moves a need to the step's status (a decision also keeps the
    /// provider's reference), tells every backer in one transaction, and
    /// journals it; refused when the need changed since version
    /// `seenVersion`. Returns the messages queued.
    @discardableResult
    public func takeNeedStep(needID: Int64, step: NeedStep, keepingPersonalData: Bool = false, seenVersion: Int? = nil) throws -> Int {
        try store.database.inTransaction {
            try requireVersion(seenVersion, of: needID)
            let before = try needStatus(needID)
            guard before != .merged else { throw StoreError.refused(Refusal.movingMergedNeed(needID: needID)) }
            guard step.status != .merged else { throw StoreError.refused(Refusal.mergeWithMerge) }
            let messages = try needStepMessages(needID: needID, step: step, keepingPersonalData: keepingPersonalData)
            for message in messages {
                try store.outbox.queue(to: message.recipient, subject: message.subject, body: message.body, entity: .need,
                                 entityID: needID, consumer: message.consumerID, keepingPersonalData: keepingPersonalData)
            }
            try store.needs.setStatus(step.status, id: needID)
            if let reference = step.reference { try store.needs.setDecision(reference: reference, at: store.now(), id: needID) }
            try rescoreNeed(needID)
            try store.journal(entity: .need, id: needID, action: step.reference == nil ? .status : .decision,
                        before: "status=\(before.rawValue)",
                        after: "status=\(step.status.rawValue)" + (step.reference.map { " reference=\($0)" } ?? "")
                            + (step.note.map { " note=\($0)" } ?? "") + " told=\(messages.count)")
            return messages.count
        }
    }
}
