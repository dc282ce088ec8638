import SegmentCore

extension EffectRunner {
    /// Changes to provider cases: the reference, forwarding, resolving, telling reporters.
    func caseOutcome(_ work: CaseEffect, state: AppState, keeping: Bool) throws -> Action? {
        switch work {
        case let .recordProviderReference(caseID, reference):
            try store.caseDesk.recordProviderReference(caseID: caseID, reference: reference)
            return .recordChanged(RecordChange.cases(.providerReferenceRecorded(caseID: caseID, reference: reference)))
        case let .prepareResolution(caseID, resolution):
            let messages = try store.caseDesk.resolutionMessages(caseID: caseID, resolution: resolution, keepingPersonalData: keeping)
            let preview = messages.flatMap { Confirmation.lines(of: $0) + Confirmation.betweenMessages }
            let found = messages.reduce(0) { $0 + $1.identityNumbers }
            return .confirmationPrepared(confirmation(
                Wording("Resolve case #{1} and its incidents, and queue {2} to the reporters ({3})?", caseID,
                          Wording.counted(messages.count, "{1} message", "{1} messages"),
                          Self.numbersNote(found, kept: keeping)),
                preview: preview, effect: .cases(.resolveCase(caseID: caseID, resolution: resolution)), prepare: .cases(work),
                numbers: found, keeping: keeping))
        case let .resolveCase(caseID, resolution):
            let queued = try store.caseDesk.resolveCase(caseID: caseID, resolution: resolution, keepingPersonalData: keeping)
            return .recordChanged(RecordChange.cases(.resolved(caseID: caseID, messagesQueued: queued)))
        case .prepareForward(let caseID):
            let addendum = try store.caseDesk.providerCase(id: caseID).row.status != .open
            let message = addendum ? try Forwarding(store: store).addendum(caseID: caseID, keepingPersonalData: keeping)
                : try Forwarding(store: store).report(caseID: caseID, keepingPersonalData: keeping).message
            let numbers = Self.numbersNote(message.identityNumbers, kept: keeping)
            return .confirmationPrepared(confirmation(
                addendum ? Wording("Send the provider an addendum on case #{1} to {2}? One message; {3}.", caseID, message.recipient, numbers)
                    : Wording("Forward case #{1} to {2}? One message; {3}.", caseID, message.recipient, numbers),
                preview: Confirmation.lines(of: message), effect: .cases(.forwardCase(caseID: caseID)), prepare: .cases(work),
                numbers: message.identityNumbers, keeping: keeping))
        case .forwardCase(let caseID):
            try Forwarding(store: store).forward(caseID: caseID, keepingPersonalData: keeping)
            return .recordChanged(RecordChange.cases(.forwarded(caseID: caseID)))
        case let .recordProviderUpdate(caseID, text):
            try store.triageDesk.recordProviderUpdate(caseID: caseID, text: text)
            return .recordChanged(RecordChange.cases(.providerUpdateRecorded(caseID: caseID)))
        case let .prepareTell(caseID, text):
            let messages = try store.caseDesk.tellMessages(caseID: caseID, text: text, keepingPersonalData: keeping)
            guard !messages.isEmpty else { return .failed(.refused(Refusal.nothingQueuedForCase(caseID: caseID))) }
            let found = messages.reduce(0) { $0 + $1.identityNumbers }
            return .confirmationPrepared(confirmation(
                Wording("Tell the reporters of case #{1} ({2})? One message each ({3}).", caseID, messages.count,
                          Self.numbersNote(found, kept: keeping)),
                preview: messages.flatMap { Confirmation.lines(of: $0) + Confirmation.betweenMessages },
                effect: .cases(.tellReporters(caseID: caseID, text: text)), prepare: .cases(work), numbers: found, keeping: keeping))
        case let .tellReporters(caseID, text):
            let queued = try store.caseDesk.tellReporters(caseID: caseID, text: text, keepingPersonalData: keeping)
            return .recordChanged(RecordChange.cases(.reportersTold(caseID: caseID, messagesQueued: queued)))
        }
    }
}
