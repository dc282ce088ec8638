import SegmentCore

extension EffectRunner {
    /// A notice's life: writing, publishing, answers, the audience, its kind, an outage's reports.
    func noticeOutcome(_ effect: Effect, state: AppState, keeping: Bool) throws -> Action? {
        switch effect {
        case .joinReportsBeforeOutage(let noticeID):
            let joined = try store.joinReportsBeforeOutage(noticeID: noticeID)
            return .caseChanged(Language.interface.counted(joined, "{1} open report joined the outage's case; each reporter gets the known-issue answer",
                                                           "{1} open reports joined the outage's case; each reporter gets the known-issue answer"))
        case .preparePublication(let noticeID):
            let publication = try store.noticePublication(id: noticeID, keepingPersonalData: keeping)
            guard let first = publication.messages.first else {
                return .failed(publication.unreachable.isEmpty
                    ? localized("notice #{1} was sent to all its consumers; :audience +ORGNO adds one", noticeID)
                    : localized("none of the consumers of notice #{1} has a contact address; nothing was queued", noticeID))
            }
            let count = publication.messages.count
            let found = publication.messages.reduce(0) { $0 + $1.message.identityNumbers }
            let unreachable = publication.unreachable.isEmpty ? ""
                : " " + localized("{1} without an address get nothing: {2}.", publication.unreachable.count,
                                  publication.unreachable.prefix(3).joined(separator: ", ") + (publication.unreachable.count > 3 ? ", ..." : ""))
            return .confirmationPrepared(confirmation(
                localized("Publish notice #{1}: queue {2}, one per consumer ({3})?", noticeID,
                          Language.interface.counted(count, "{1} message", "{1} messages"), Self.numbersNote(found, kept: keeping))
                    + unreachable + " " + localized("The first:"),
                preview: Confirmation.lines(of: first.message), effect: .publishNotice(noticeID: noticeID), prepare: effect,
                numbers: found, keeping: keeping))
        case .publishNotice(let noticeID):
            let queued = try store.publishNotice(id: noticeID, keepingPersonalData: keeping)
            return .caseChanged(localized("notice #{1} published; {2} messages queued (segdesk outbox deliver sends them)", noticeID, queued))
        case let .acknowledge(noticeID, number, answer, note):
            let name = try store.acknowledge(noticeID: noticeID, organisationNumber: number, state: answer, note: note)
            return .caseChanged(localized("{1} is {2} on notice #{3}", UntrustedText.line(name), localized(answer.label), noticeID))
        case let .changeAudience(noticeID, number, adding):
            let name = try store.changeAudience(noticeID: noticeID, organisationNumber: number, adding: adding)
            return .caseChanged(adding ? localized("{1} added to the audience of notice #{2}", UntrustedText.line(name), noticeID)
                                       : localized("{1} removed from the audience of notice #{2}", UntrustedText.line(name), noticeID))
        case let .classifyNotice(noticeID, kind, breaking):
            try store.classifyNotice(id: noticeID, kind: kind, breaking: breaking)
            return .caseChanged(localized("notice #{1} is now {2}", noticeID, localized(kind.label)) + (breaking ? ", " + localized("BREAKING") : ""))
        case .writeNotice(let draft):
            let (id, audience) = try store.writeNotice(draft)
            return .caseChanged(localized("notice #{1} kept as a draft reaching {2} consumers; :publish sends it", id, audience))
        default:
            assertionFailure("\(effect) is not routed to noticeOutcome")
            return nil
        }
    }
}
