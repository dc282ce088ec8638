import SegmentCore

extension EffectRunner {
    /// Changes to incidents: triage, grouping, replies, phone reports, facts.
    func incidentOutcome(_ work: IncidentEffect, state: AppState, keeping: Bool) throws -> Action? {
        switch work {
        case let .triage(edit, ids, seen):
            return .triageApplied(try store.triageDesk.triage(edit, incidents: ids, seenVersions: seen))
        case let .group(ids, seen):
            return .triageApplied(try Grouping(store: store).group(ids, seenVersions: seen))
        case .groupProposal(let proposal):
            return .triageApplied(try Grouping(store: store).group(proposal))
        case let .prepareReply(id, text, resolution):
            let message = try Replies(store: store).message(incidentID: id, text: text, keepingPersonalData: keeping)
            let then = resolution.map { " " + localized("and resolve incident #{1} ({2})", id, localized($0.rawValue)) } ?? ""
            let numbers = Self.numbersNote(message.identityNumbers, kept: keeping)
            return .confirmationPrepared(confirmation(
                Wording("Send this reply to {1}{2}? One message; {3}.", message.recipient, then, numbers),
                preview: Confirmation.lines(of: message), effect: .incidents(.sendReply(incidentID: id, text: text, resolution: resolution)),
                prepare: .incidents(work), numbers: message.identityNumbers, keeping: keeping))
        case .prepareKnownAnswer(let id):
            let (code, language) = try Replies(store: store).codeAndLanguage(incidentID: id)
            guard let answer = state.knownAnswers.answer(for: code, in: language) else { return nil }
            return try incidentOutcome(.prepareReply(incidentID: id, text: answer, resolution: .notAFault), state: state, keeping: keeping)
        case let .sendReply(id, text, resolution):
            try Replies(store: store).send(incidentID: id, text: text, resolution: resolution, keepingPersonalData: keeping)
            return .recordChanged(RecordChange.incidents(.replyQueued(incidentID: id)))
        case let .addPhoneReport(consumer, service, title, assessment, call):
            let id = try store.intakeDesk.addPhoneReport(consumer: consumer, serviceKey: service, title: title, assessment: assessment, call: call)
            return .recordChanged(RecordChange.incidents(.phoneReportRecorded(incidentID: id)))
        case let .attachConsumer(id, number):
            try store.triageDesk.attachConsumer(incidentID: id, organisationNumber: number)
            return .recordChanged(RecordChange.incidents(.consumerAttached(incidentID: id, organisationNumber: number)))
        case let .setService(id, key):
            try store.triageDesk.setService(incidentID: id, serviceKey: key)
            return .recordChanged(RecordChange.incidents(.serviceSet(incidentID: id, serviceKey: key)))
        case .prepareNeedFromIncident(let incidentID):
            guard let message = try store.needDesk.becameNeedMessage(incidentID: incidentID, keepingPersonalData: keeping) else {
                return .confirmationPrepared(Confirmation(
                    question: Wording("Make incident #{1} a need? Its report has no address, so its reporter will not be told.", incidentID),
                    preview: [], effect: .incidents(.needFromIncident(incidentID: incidentID))))
            }
            return .confirmationPrepared(confirmation(
                Wording("Make incident #{1} a need and tell {2}? One message; {3}.", incidentID, message.recipient,
                        Self.numbersNote(message.identityNumbers, kept: keeping)),
                preview: Confirmation.lines(of: message), effect: .incidents(.needFromIncident(incidentID: incidentID)),
                prepare: .incidents(work), numbers: message.identityNumbers, keeping: keeping))
        case .needFromIncident(let incidentID):
            let needID = try store.needDesk.needFromChangeRequest(incidentID: incidentID, keepingPersonalData: keeping)
            return .recordChanged(RecordChange.incidents(.becameNeed(incidentID: incidentID, needID: needID)))
        }
    }
}
