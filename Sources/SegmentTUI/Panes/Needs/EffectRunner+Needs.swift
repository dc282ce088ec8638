import SegmentCore

extension EffectRunner {
    /// Needs: raising, backing, merging, the legal basis and the steps that tell the backers.
    func needOutcome(_ effect: Effect, state: AppState, keeping: Bool) throws -> Action? {
        switch effect {
        case let .raiseNeed(title, description, services, raisedBy):
            let id = try store.raiseNeed(title: title, description: description, serviceKeys: services,
                                         raisedBy: raisedBy, at: nil)
            return .caseChanged(localized("need #{1} recorded, backed by the consumer that raised it", id))
        case let .back(needID, number, importance, useCase):
            let name = try store.back(needID: needID, organisationNumber: number, importance: importance, useCase: useCase)
            return .caseChanged(localized("{1} backs need #{2} as {3}", UntrustedText.line(name), needID, localized(importance.label)))
        case let .mergeNeed(needID, target):
            try store.mergeNeed(needID, into: target)
            return .needMerged(needID: needID, into: target)
        case let .assessLegalBasis(needID, basis, note):
            try store.assessLegalBasis(needID: needID, basis: basis, note: note)
            return .caseChanged(localized("need #{1}: legal basis {2}", needID, localized(basis.label)))
        case let .prepareNeedStep(needID, step):
            let messages = try store.needStepMessages(needID: needID, step: step, keepingPersonalData: keeping)
            let found = messages.reduce(0) { $0 + $1.identityNumbers }
            return .confirmationPrepared(confirmation(
                localized("Move need #{1} to {2} and tell its backers ({3}), one message each ({4})?", needID,
                          localized(step.status.label), messages.count, Self.numbersNote(found, kept: keeping)),
                preview: messages.prefix(3).flatMap { Confirmation.lines(of: $0) + ["", "────"] },
                effect: .takeNeedStep(needID: needID, step: step), prepare: effect, numbers: found, keeping: keeping))
        case let .takeNeedStep(needID, step):
            let told = try store.takeNeedStep(needID: needID, step: step, keepingPersonalData: keeping)
            return .caseChanged(localized("need #{1} is {2}; {3} backers told (the messages are queued)", needID, localized(step.status.label), told))
        default:
            assertionFailure("\(effect) is not routed to needOutcome")
            return nil
        }
    }
}
