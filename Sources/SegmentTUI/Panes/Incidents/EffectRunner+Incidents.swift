import SegmentCore

extension EffectRunner {
    /// Changes to incidents: triage, grouping, undo, replies, phone reports, notes.
    func incidentOutcome(_ effect: Effect, state: AppState, keeping: Bool) throws -> Action? {
        switch effect {
        case let .triage(edit, ids, seen):
            return .triageApplied(try store.triage(edit, incidents: ids, seenVersions: seen))
        case let .group(ids, seen):
            return .triageApplied(try Grouping(store: store).group(ids, seenVersions: seen))
        case .groupProposal(let proposal):
            return .triageApplied(try Grouping(store: store).group(proposal))
        case .undo(let change):
            switch change {
            case .triage(let triage): try store.undo(triage)
            case .needMerge(let needID, _): try store.unmergeNeed(needID)
            }
            return .changeUndone(change)
        case let .prepareReply(id, text, resolution):
            let message = try Replies(store: store).message(incidentID: id, text: text, keepingPersonalData: keeping)
            let then = resolution.map { " " + localized("and resolve incident #{1} ({2})", id, localized($0.rawValue)) } ?? ""
            let numbers = Self.numbersNote(message.identityNumbers, kept: keeping)
            return .confirmationPrepared(confirmation(
                Wording("Send this reply to {1}{2}? One message; {3}.", message.recipient, then, numbers),
                preview: Confirmation.lines(of: message), effect: .sendReply(incidentID: id, text: text, resolution: resolution),
                prepare: effect, numbers: message.identityNumbers, keeping: keeping))
        case let .sendReply(id, text, resolution):
            try Replies(store: store).send(incidentID: id, text: text, resolution: resolution, keepingPersonalData: keeping)
            return .recordChanged(RecordChange(IncidentChange.replyQueued(incidentID: id)))
        case let .addPhoneReport(consumer, service, title, assessment):
            let id = try store.addPhoneReport(consumer: consumer, serviceKey: service, title: title, assessment: assessment)
            return .recordChanged(RecordChange(IncidentChange.phoneReportRecorded(incidentID: id)))
        case let .attachConsumer(id, number):
            try store.attachConsumer(incidentID: id, organisationNumber: number)
            return .recordChanged(RecordChange(IncidentChange.consumerAttached(incidentID: id, organisationNumber: number)))
        case let .setService(id, key):
            try store.setService(incidentID: id, serviceKey: key)
            return .recordChanged(RecordChange(IncidentChange.serviceSet(incidentID: id, serviceKey: key)))
        case let .addNote(kind, id, text):
            try store.addNote(entity: kind.entity, id: id, text: text)
            return .recordChanged(RecordChange(IncidentChange.noteAdded(kind.entity, id: id)))
        case .needFromIncident(let incidentID):
            let needID = try store.needFromChangeRequest(incidentID: incidentID)
            return .recordChanged(RecordChange(IncidentChange.becameNeed(incidentID: incidentID, needID: needID)))
        default:
            assertionFailure("\(effect) is not routed to incidentOutcome")
            return nil
        }
    }
}
