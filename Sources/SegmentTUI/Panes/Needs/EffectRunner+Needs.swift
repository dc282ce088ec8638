import SegmentCore

extension EffectRunner {
    /// Needs: raising, backing, merging, the legal basis and the steps that tell the backers.
    func needOutcome(_ work: NeedEffect, state: AppState, keeping: Bool) throws -> Action? {
        switch work {
        case let .raiseNeed(title, description, services, raisedBy):
            let id = try store.needDesk.raiseNeed(title: title, description: description, serviceKeys: services,
                                         raisedBy: raisedBy, at: nil)
            return .recordChanged(RecordChange.needs(.raised(needID: id)))
        case let .back(needID, number, importance, useCase):
            let name = try store.needDesk.back(needID: needID, organisationNumber: number, importance: importance, useCase: useCase)
            return .recordChanged(RecordChange.needs(.backed(needID: needID, consumerName: name, importance: importance)))
        case let .mergeNeed(needID, target, seen):
            try store.needDesk.mergeNeed(needID, into: target, seenVersion: seen)
            return .changeMade(.needMerge(NeedMerge(needID: needID, target: target)))
        case let .assessLegalBasis(needID, basis, note, seen):
            try store.needDesk.assessLegalBasis(needID: needID, basis: basis, note: note, seenVersion: seen)
            return .recordChanged(RecordChange.needs(.legalBasisAssessed(needID: needID, basis: basis)))
        case let .prepareNeedStep(needID, step, seen):
            let messages = try store.needDesk.needStepMessages(needID: needID, step: step, keepingPersonalData: keeping)
            let found = messages.reduce(0) { $0 + $1.identityNumbers }
            return .confirmationPrepared(confirmation(
                Wording("Move need #{1} to {2} and tell its backers ({3}), one message each ({4})?", needID,
                          localized(step.status.label), messages.count, Self.numbersNote(found, kept: keeping)),
                preview: messages.prefix(3).flatMap { Confirmation.lines(of: $0) + Confirmation.betweenMessages },
                effect: .needs(.takeNeedStep(needID: needID, step: step, seen: seen)), prepare: .needs(work), numbers: found, keeping: keeping))
        case let .takeNeedStep(needID, step, seen):
            let told = try store.needDesk.takeNeedStep(needID: needID, step: step, keepingPersonalData: keeping, seenVersion: seen)
            return .recordChanged(RecordChange.needs(.stepTaken(needID: needID, status: step.status, backersTold: told)))
        }
    }
}
