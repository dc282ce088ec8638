import SegmentCore

/// Runs effects against the store and the theme library, turning each answer
/// into an action for the reducer. Terminal effects (redraw, quit) are left
/// to the caller.
public struct EffectRunner {
    let store: Store
    let themes: ThemeLibrary

    public init(store: Store, themes: ThemeLibrary) {
        self.store = store
        self.themes = themes
    }

    /// The action that reports the effect's outcome, or nil when it has none.
    /// With `keeping`, messages keep the identity numbers they hold.
    public func run(_ effect: Effect, state: AppState, keeping: Bool = false) -> Action? {
        let loader = PaneLoader(store: store)
        let layout = Layout(state)
        do {
            switch effect {
            case .loadPane(let kind):
                return .paneLoaded(kind, try loader.load(kind, state.panes[kind]!, rows: layout.listRows(for: kind, focus: state.focus)))
            case .countPane(let kind):
                return .paneCounted(kind, try loader.counts(kind, state.panes[kind]!))
            case .loadOverview:
                return .overviewLoaded(try store.overview())
            case let .openRecord(kind, id):
                // A reply that cannot be marked read now (another operator's
                // import holds the lock) stays new; the record opens all the same.
                let markedRead = kind == .incidents ? (try? store.markReplyRead(incidentID: id)) ?? false : false
                var detail = DetailState(pane: kind, id: id, record: try loader.record(kind, id: id),
                                         history: try store.history(entity: kind.entity, id: id))
                detail.markedReplyRead = markedRead
                return .recordLoaded(detail)
            case let .loadPreview(kind, id):
                return .previewLoaded(try id.map { try loader.record(kind, id: $0) })
            case .applyTheme(let name):
                _ = try themes.theme(named: name)
                return .themeApplied(name)
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
            case let .recordProviderReference(caseID, reference):
                try store.recordProviderReference(caseID: caseID, reference: reference)
                return .caseChanged(localized("provider reference {1} recorded on case #{2}", reference, caseID))
            case let .prepareResolution(caseID, resolution):
                let messages = try store.resolutionMessages(caseID: caseID, resolution: resolution, keepingPersonalData: keeping)
                let preview = messages.flatMap { Confirmation.lines(of: $0) + ["", "────"] }
                let found = messages.reduce(0) { $0 + $1.identityNumbers }
                return .confirmationPrepared(confirmation(
                    localized("Resolve case #{1} and its incidents, and queue {2} to the reporters ({3})?", caseID,
                              Language.interface.counted(messages.count, "{1} message", "{1} messages"),
                              Self.numbersNote(found, kept: keeping)),
                    preview: preview, effect: .resolveCase(caseID: caseID, resolution: resolution), prepare: effect,
                    numbers: found, keeping: keeping))
            case let .resolveCase(caseID, resolution):
                let queued = try store.resolveCase(caseID: caseID, resolution: resolution, keepingPersonalData: keeping)
                return .caseChanged(localized("case #{1} resolved; {2} messages queued (segdesk outbox deliver sends them)", caseID, queued))
            case .prepareForward(let caseID):
                let addendum = try store.providerCase(id: caseID).row.status != .open
                let message = addendum ? try store.addendumMessage(caseID: caseID, keepingPersonalData: keeping)
                    : try store.forwardingMessage(caseID: caseID, keepingPersonalData: keeping).message
                let numbers = Self.numbersNote(message.identityNumbers, kept: keeping)
                return .confirmationPrepared(confirmation(
                    addendum ? localized("Send the provider an addendum on case #{1} to {2}? One message; {3}.", caseID, message.recipient, numbers)
                        : localized("Forward case #{1} to {2}? One message; {3}.", caseID, message.recipient, numbers),
                    preview: Confirmation.lines(of: message), effect: .forwardCase(caseID: caseID), prepare: effect,
                    numbers: message.identityNumbers, keeping: keeping))
            case .forwardCase(let caseID):
                try store.forwardCase(caseID: caseID, keepingPersonalData: keeping)
                return .caseChanged(localized("case #{1} forwarded; the message is queued (segdesk outbox deliver sends it)", caseID))
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
            case let .recordProviderUpdate(caseID, text):
                try store.recordProviderUpdate(caseID: caseID, text: text)
                return .caseChanged(localized("provider update recorded on case #{1}", caseID))
            case let .setStage(consumerID, stage, note):
                let name = try store.setStage(consumerID: consumerID, to: stage, note: note)
                return .caseChanged(localized("{1} is now {2}", UntrustedText.line(name), stage.rawValue))
            case let .acceptAgreement(consumerID, version):
                let name = try store.acceptAgreement(consumerID: consumerID, version: version)
                return .caseChanged(localized("{1} accepted agreement version {2} (recorded by you)", UntrustedText.line(name), version))
            case let .recordLegalDeclaration(consumerID, declaredAt, reference):
                let name = try store.recordLegalDeclaration(consumerID: consumerID, declaredAt: declaredAt, reference: reference)
                return .caseChanged(localized("recorded the own declaration of its legal basis of {1}", UntrustedText.line(name)))
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
            case let .prepareTell(caseID, text):
                let messages = try store.tellMessages(caseID: caseID, text: text, keepingPersonalData: keeping)
                guard !messages.isEmpty else { return .failed(localized("case #{1} has no open report with an address; nothing was queued", caseID)) }
                let found = messages.reduce(0) { $0 + $1.identityNumbers }
                return .confirmationPrepared(confirmation(
                    localized("Tell the reporters of case #{1} ({2})? One message each ({3}).", caseID, messages.count,
                              Self.numbersNote(found, kept: keeping)),
                    preview: messages.flatMap { Confirmation.lines(of: $0) + ["", "────"] },
                    effect: .tellReporters(caseID: caseID, text: text), prepare: effect, numbers: found, keeping: keeping))
            case let .tellReporters(caseID, text):
                let queued = try store.tellReporters(caseID: caseID, text: text, keepingPersonalData: keeping)
                return .caseChanged(localized("{1} reporters of case #{2} told; the messages are queued", queued, caseID))
            case .writeNotice(let draft):
                let (id, audience) = try store.writeNotice(draft)
                return .caseChanged(localized("notice #{1} kept as a draft reaching {2} consumers; :publish sends it", id, audience))
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
            case .needFromIncident(let incidentID):
                let needID = try store.needFromChangeRequest(incidentID: incidentID)
                return .caseChanged(localized("incident #{1} is need #{2} now, backed by its consumer; the incident is resolved", incidentID, needID))
            case .prepareAcceptanceRequests(let version):
                let requests = try store.acceptanceRequests(version: version, keepingPersonalData: keeping)
                guard let first = requests.first else {
                    return .failed(localized("every consumer has accepted version {1} or been asked; segdesk remind chases them", version))
                }
                let found = requests.reduce(0) { $0 + $1.message.identityNumbers }
                return .confirmationPrepared(confirmation(
                    localized("Ask {1} to accept agreement version {2}, one message each ({3})?",
                              Language.interface.counted(requests.count, "{1} consumer", "{1} consumers"), version,
                              Self.numbersNote(found, kept: keeping)) + " " + localized("The first:"),
                    preview: Confirmation.lines(of: first.message), effect: .requestAcceptance(version: version), prepare: effect,
                    numbers: found, keeping: keeping))
            case .requestAcceptance(let version):
                let queued = try store.requestAcceptance(version: version, keepingPersonalData: keeping)
                return .caseChanged(localized("{1} consumers asked to accept version {2}; the messages are queued", queued, version))
            case let .tickChecklist(consumerID, step, stage, ticked):
                let text = try store.tick(consumerID: consumerID, step: step, stage: stage, ticked: ticked)
                return .caseChanged((ticked ? localized("ticked: {1}", UntrustedText.line(text)) : localized("unticked: {1}", UntrustedText.line(text))))
            case let .registerConsumer(number, name, services, contactName, contactEmail):
                try store.registerConsumer(organisationNumber: number, name: name, serviceKeys: services, contactName: contactName,
                                           contactEmail: contactEmail)
                return .caseChanged(localized("{1} registered; :stage moves it on", UntrustedText.line(name)))
            case let .setContact(consumerID, role, name, email):
                try store.setContact(consumerID: consumerID, role: role, name: name, email: email)
                return .caseChanged(localized("{1} contact is now {2}", localized(role.rawValue), "\(UntrustedText.line(name)) <\(UntrustedText.line(email))>"))
            case let .setUses(consumerID, key, using):
                try store.setUses(consumerID: consumerID, serviceKey: key, using: using)
                return .caseChanged(using ? localized("now uses {1}", key) : localized("no longer uses {1}", key))
            case .loadOutbox:
                return .sheetLoaded(.outbox(try store.outboxReview()))
            case .loadAgreements:
                return .sheetLoaded(.agreements(try store.agreementReview()))
            case .loadDigest:
                return .sheetLoaded(.digest(try store.digest(days: 7)))
            case .loadStatistics:
                return .sheetLoaded(.statistics(try store.statistics(days: 30)))
            case .keepingPersonalData(let inner):
                return run(inner, state: state, keeping: true)
            case .redrawFully, .quit:
                return nil
            }
        } catch let error as DatabaseError where store.isReadOnly && error.isReadOnlyRefusal {
            return .failed(localized("{1} is read-only to you; nothing was changed", store.path))
        } catch {
            return .failed(String(describing: error))
        }
    }

    /// The box before a message effect: `y` runs it (keeping the numbers
    /// when the operator chose to), `p` prepares it again with them kept.
    private func confirmation(_ question: String, preview: [String], effect: Effect, prepare: Effect, numbers: Int,
                              keeping: Bool) -> Confirmation {
        Confirmation(question: question, preview: preview, effect: keeping ? .keepingPersonalData(effect) : effect,
                     keepEffect: numbers > 0 && !keeping ? .keepingPersonalData(prepare) : nil)
    }

    /// What a confirmation says of the identity numbers its messages held.
    private static func numbersNote(_ count: Int, kept: Bool) -> String {
        guard count > 0 else { return localized("no national identity numbers found") }
        let numbers = Language.interface.counted(count, "{1} national identity number", "{1} national identity numbers")
        return kept ? localized("{1} KEPT as written: the recipients will see them", numbers) : localized("{1} masked (p keeps them)", numbers)
    }
}
