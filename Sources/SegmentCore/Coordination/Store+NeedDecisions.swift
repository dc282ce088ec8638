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

extension Store {
    /// The messages a step would queue: one per backing consumer not
    /// offboarded, to its business contact (else any contact), naming the
    /// need, the new status and the note.
    public func needStepMessages(needID: Int64, step: NeedStep, keepingPersonalData: Bool = false) throws -> [PlannedMessage] {
        guard let title = try database.first("SELECT title FROM needs WHERE id = ?", [.integer(needID)], { $0.string(0) }) else {
            throw StoreError.notFound(entity: "need", id: needID)
        }
        let what = switch step.status {
        case .accepted: "The provider has accepted it" + (step.reference.map { " (its reference \($0))" } ?? "") + "."
        case .rejected: "The provider has rejected it" + (step.reference.map { " (its reference \($0))" } ?? "") + "."
        case .sent: "We have sent it to the provider, on behalf of the segment, for a decision."
        case .delivered: "It has been delivered."
        default: "It is now \(step.status.label)."
        }
        return try database.rows("""
            SELECT c.name, b.importance,
                   (SELECT email FROM contacts WHERE consumer_id = c.id ORDER BY role != 'business', role != 'technical', id LIMIT 1)
            FROM need_backings b JOIN consumers c ON c.id = b.consumer_id
            WHERE b.need_id = ? AND c.stage != 'offboarded' ORDER BY c.sort_name
            """, [.integer(needID)]) { row -> PlannedMessage? in
            guard let recipient = row.optionalString(2), MailAddress.isPlausible(recipient) else { return nil }
            return PlannedMessage(
                recipient: recipient, subject: "[SEG-B\(needID)] \(UntrustedText.line(title)): \(step.status.label)",
                body: """
                    To \(UntrustedText.line(row.string(0))),

                    You back the segment's need "\(UntrustedText.line(title))" (ours: SEG-B\(needID)) as \
                    \((Importance(rawValue: row.integer(1)) ?? .important).label).

                    \(what)
                    \(step.note.map { "\n\($0)\n" } ?? "")
                    Reply to this message with anything the provider should know.
                    """, incidentID: 0, keepingPersonalData: keepingPersonalData)
        }.compactMap { $0 }
    }

    /// Moves a need to the step's status (a decision also keeps the
    /// provider's reference), tells every backer in one transaction, and
    /// journals it. Returns the messages queued.
    @discardableResult
    public func takeNeedStep(needID: Int64, step: NeedStep, keepingPersonalData: Bool = false) throws -> Int {
        try database.inTransaction {
            let before = try needStatus(needID)
            guard before != .merged else { throw StoreError.invalid("need #\(needID) is merged; move the need it joined") }
            guard step.status != .merged else { throw StoreError.invalid("a need is merged with :merge ID") }
            let messages = try needStepMessages(needID: needID, step: step, keepingPersonalData: keepingPersonalData)
            for message in messages {
                try queueMessage(to: message.recipient, subject: message.subject, body: message.body, entity: "need",
                                 entityID: needID, keepingPersonalData: keepingPersonalData)
            }
            try database.run("UPDATE needs SET status = ?, version = version + 1 WHERE id = ?",
                             [.text(step.status.rawValue), .integer(needID)])
            if let reference = step.reference {
                try database.run("UPDATE needs SET decision_reference = ?, decided_at = ? WHERE id = ?",
                                 [.text(reference), .integer(now()), .integer(needID)])
            }
            try rescoreNeed(needID)
            try journal(entity: "need", id: needID, action: step.reference == nil ? "status" : "decision",
                        before: "status=\(before.rawValue)",
                        after: "status=\(step.status.rawValue)" + (step.reference.map { " reference=\($0)" } ?? "")
                            + (step.note.map { " note=\($0)" } ?? "") + " told=\(messages.count)")
            return messages.count
        }
    }
}
