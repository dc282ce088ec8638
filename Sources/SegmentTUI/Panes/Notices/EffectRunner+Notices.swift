import SegmentCore

extension EffectRunner {
    /// A notice's life: writing, publishing, answers, the audience, its kind, an outage's reports.
    func noticeOutcome(_ work: NoticeEffect, state: AppState, keeping: Bool) throws -> Action? {
        switch work {
        case .joinReportsBeforeOutage(let noticeID):
            let joined = try OutageJoin(store: store).joinReportsBefore(noticeID: noticeID)
            return .recordChanged(RecordChange.notices(.reportsJoinedOutage(count: joined)))
        case .preparePublication(let noticeID):
            let publication = try store.noticeDesk.noticePublication(id: noticeID, keepingPersonalData: keeping)
            try publication.requireRecipients(notice: noticeID)
            guard let first = publication.messages.first else { return nil }
            let count = publication.messages.count
            let found = publication.messages.reduce(0) { $0 + $1.message.identityNumbers }
            var question = Wording("Publish notice #{1}: queue {2}, one per consumer ({3})?", noticeID,
                                   Wording.counted(count, "{1} message", "{1} messages"), Self.numbersNote(found, kept: keeping))
            if !publication.unreachable.isEmpty {
                let names = publication.unreachable.prefix(3).joined(separator: ", ") + (publication.unreachable.count > 3 ? ", ..." : "")
                question = Wording("{1} {2}", question, Wording("{1} without an address get nothing: {2}.", publication.unreachable.count, names))
            }
            return .confirmationPrepared(confirmation(
                Self.askingOverTheFirst(question),
                preview: Confirmation.lines(of: first.message), effect: .notices(.publishNotice(noticeID: noticeID)), prepare: .notices(work),
                numbers: found, keeping: keeping))
        case .publishNotice(let noticeID):
            let queued = try store.noticeDesk.publishNotice(id: noticeID, keepingPersonalData: keeping)
            return .recordChanged(RecordChange.notices(.published(noticeID: noticeID, messagesQueued: queued)))
        case let .acknowledge(noticeID, number, answer, note):
            let name = try store.noticeDesk.acknowledge(noticeID: noticeID, organisationNumber: number, state: answer, note: note)
            return .recordChanged(RecordChange.notices(.answered(noticeID: noticeID, consumerName: name, state: answer)))
        case let .changeAudience(noticeID, number, adding):
            let name = try store.noticeDesk.changeAudience(noticeID: noticeID, organisationNumber: number, adding: adding)
            return .recordChanged(RecordChange.notices(.audienceChanged(noticeID: noticeID, consumerName: name, added: adding)))
        case let .classifyNotice(noticeID, kind, breaking):
            try store.noticeDesk.classifyNotice(id: noticeID, kind: kind, breaking: breaking)
            return .recordChanged(RecordChange.notices(.classified(noticeID: noticeID, kind: kind, breaking: breaking)))
        case let .prepareCorrection(noticeID, amendment):
            let plan = try store.noticeDesk.correction(of: noticeID, amendment, keepingPersonalData: keeping)
            let count = plan.corrections.messages.count
            guard plan.published, let first = plan.corrections.messages.first else {
                return try noticeOutcome(.correctNotice(noticeID: noticeID, amendment), state: state, keeping: keeping)
            }
            let found = plan.corrections.messages.reduce(0) { $0 + $1.message.identityNumbers }
            var question = Wording("Correct notice #{1}: queue {2}, one per consumer sent it ({3})?", noticeID,
                                   Wording.counted(count, "{1} message", "{1} messages"), Self.numbersNote(found, kept: keeping))
            if plan.added > 0 {
                question = Wording("{1} {2}", question, Wording.counted(plan.added, "{1} consumer it adds gets the notice itself.",
                                                                         "{1} consumers it adds get the notice itself."))
            }
            return .confirmationPrepared(confirmation(
                Self.askingOverTheFirst(question), preview: Confirmation.lines(of: first.message),
                effect: .notices(.correctNotice(noticeID: noticeID, amendment)), prepare: .notices(work), numbers: found, keeping: keeping))
        case let .correctNotice(noticeID, amendment):
            let plan = try store.noticeDesk.correctNotice(id: noticeID, amendment, keepingPersonalData: keeping)
            return .recordChanged(RecordChange.notices(.corrected(noticeID: noticeID, amendment: amendment,
                                                                  messagesQueued: plan.corrections.messages.count, added: plan.added)))
        case .writeNotice(let draft):
            let (id, audience) = try store.noticeDesk.writeNotice(draft)
            return .recordChanged(RecordChange.notices(.drafted(noticeID: id, audience: audience)))
        }
    }
}
