import SegmentCore

/// An edit made to a consumer; undoing it makes the edit's reverse, on the
/// consumer as the edit left it, so a change made since by someone else is
/// not overwritten.
public struct ConsumerEditChange: ReversibleChange {
    public let consumerID: Int64
    public let edit: ConsumerEdit
    public let result: ConsumerEditResult

    public var summary: Wording { Self.summary(of: edit, consumer: result.consumerName) }

    public func undo(in store: Store) throws {
        try store.consumerDesk.edit(result.reverse, consumerID: consumerID, seenVersion: result.versionAfter)
    }

    /// What an edit did, as the status line says it.
    static func summary(of edit: ConsumerEdit, consumer name: String) -> Wording {
        let consumer = UntrustedText.line(name)
        return switch edit {
        case let .contact(role, contactName, email):
            Wording("{1}: {2} contact is now {3}", consumer, Wording(stringLiteral: role.rawValue),
                    "\(UntrustedText.line(contactName)) <\(UntrustedText.line(email))>")
        case .noContact(let role): Wording("{1}: no {2} contact", consumer, Wording(stringLiteral: role.rawValue))
        case let .uses(service, using): using ? Wording("{1} now uses {2}", consumer, service) : Wording("{1} no longer uses {2}", consumer, service)
        case .stage(let stage, _): Wording("{1} is now {2}", consumer, stage.rawValue)
        case .name(let newName): Wording("{1} is now named {2}", consumer, UntrustedText.line(newName))
        case .domain(let domain?): Wording("{1}: mail domain now {2}", consumer, UntrustedText.line(domain))
        case .domain(nil): Wording("{1}: no mail domain", consumer)
        case let .technicalOperator(number?, operatorName):
            Wording("{1} is now run by {2} ({3})", consumer, UntrustedText.line(operatorName ?? ""), OrganisationNumber.grouped(number))
        case .technicalOperator(nil, _): Wording("{1} runs its integration itself", consumer)
        }
    }
}
