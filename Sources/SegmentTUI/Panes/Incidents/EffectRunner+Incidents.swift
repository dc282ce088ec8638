import SegmentCore

extension EffectRunner {
    /// Changes to incidents: triage, grouping, undo, replies, phone reports, notes.
    func incidentOutcome(_ effect: Effect, state: AppState, keeping: Bool) throws -> Action? {
        switch effect {
        case let .triage(edit, ids, seen):
            return .triageApplied(try store.triage(edit, incidents: ids, seenVersions: seen))
        case let .group(ids, seen):
            return .triageApplied(try store.group(ids, seenVersions: seen))
        case .groupProposal(let proposal):
            return .triageApplied(try store.group(proposal))
        case .undo(let change):
            switch change {
            case .triage(let triage): try store.undo(triage)
            case .needMerge(let needID, _): try store.unmergeNeed(needID)
            }
            return .changeUndone(change)
        case let .prepareReply(id, text, resolution):
            let message = try store.replyMessage(incidentID: id, text: text, keepingPersonalData: keeping)
            let then = resolution.map { " " + localized("and resolve incident #{1} ({2})", id, localized($0.rawValue)) } ?? ""
            let numbers = Self.numbersNote(message.identityNumbers, kept: keeping)
            return .confirmationPrepared(confirmation(
                localized("Send this reply to {1}{2}? One message; {3}.", message.recipient, then, numbers),
                preview: Confirmation.lines(of: message), effect: .sendReply(incidentID: id, text: text, resolution: resolution),
                prepare: effect, numbers: message.identityNumbers, keeping: keeping))
        case let .sendReply(id, text, resolution):
            try store.reply(incidentID: id, text: text, resolution: resolution, keepingPersonalData: keeping)
            return .caseChanged(localized("replied on incident #{1}; the message is queued (segdesk outbox deliver sends it)", id))
        case let .addPhoneReport(consumer, service, title, assessment):
            return .phoneReportRecorded(try store.addPhoneReport(consumer: consumer, serviceKey: service, title: title,
                                                                 assessment: assessment))
        case let .attachConsumer(id, number):
            try store.attachConsumer(incidentID: id, organisationNumber: number)
            return .caseChanged(localized("incident #{1} attached to consumer {2}", id, number))
        case let .setService(id, key):
            try store.setService(incidentID: id, serviceKey: key)
            return .caseChanged(localized("incident #{1} is about {2}", id, key))
        case let .addNote(kind, id, text):
            try store.addNote(entity: kind.entity, id: id, text: text)
            return .caseChanged(localized("note added to {1} #{2}", localized(kind.entity.word), id))
        case .needFromIncident(let incidentID):
            let needID = try store.needFromChangeRequest(incidentID: incidentID)
            return .caseChanged(localized("incident #{1} is need #{2} now, backed by its consumer; the incident is resolved", incidentID, needID))
        default:
            assertionFailure("\(effect) is not routed to incidentOutcome")
            return nil
        }
    }
}
