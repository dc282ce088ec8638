/// Why segdesk refused a change, as a value with its facts: tests compare
/// it whatever the language, and its words, in both languages, are here
/// and in the text tables once.
public enum Refusal: Error, Equatable, Sendable, CustomStringConvertible {
    /// No provider has the key; `known` lists those that do.
    case unknownProvider(key: String, known: [String])
    /// A service with the key is registered already.
    case serviceExists(key: String)
    /// A key is not lower-case letters, digits and `-`.
    case notAKey(String)
    /// A name or text that must be one line and not empty.
    case needsOneLine(field: String)
    /// Environments other than production and test, or none.
    case unknownEnvironment(String)
    /// A provider's target whose resolution comes before its acknowledgement.
    case resolveBeforeAcknowledge(Priority)
    /// Text that is not one plausible mail address.
    case notOneAddress(String)
    /// No consumer has the organisation number.
    case noConsumer(organisationNumber: String)
    /// No service has the key; `known` lists those that do.
    case unknownService(key: String, known: [String])
    /// Every consumer has accepted the agreement version or been asked to.
    case everyoneAsked(version: Int)
    /// A notice with nobody left to send to: all were sent it, or the
    /// `unreachable` rest have no contact address.
    case noRecipients(notice: Int64, unreachable: Int)
    /// Text that is not an organisation number.
    case badOrganisationNumber(OrganisationNumber.Problem)
    /// A database file segdesk cannot use: `problem` is already worded.
    case unusableFile(path: String, problem: String)
    /// A mail transport program that failed: its end (status or signal) and
    /// the first complaint it wrote.
    case transportFailed(path: String, ended: String, complaint: String)
    /// A ministry proposal for a need its legal basis covers or that is not assessed.
    case proposalNeedsNotCovered(needID: Int64, legal: LegalBasis?)
    /// An error from outside segdesk's own vocabulary, as it described itself.
    case unexpected(String)
    // The refusals below say what they are in their English wording.
    case noAgreementVersion(version: Int, known: String)
    case alreadyAccepted(consumer: String, version: Int)
    case agreementNotImported(version: Int)
    case emptyProviderReference
    case caseAlready(caseID: Int64, status: String)
    case reportersAlreadyTold(caseID: Int64, status: String)
    case noReporterAddress(caseID: Int64)
    case noChecklist(stage: String)
    case noSuchStep(stage: String, steps: Int, step: Int)
    case declarationNeedsReference
    case consumerNeedsName
    case notOneTechnicalAddress(address: String)
    case alreadyUses(service: String)
    case doesNotUse(service: String)
    case alreadyAtStage(consumer: String, stage: String)
    case stageNeedsNote(consumer: String, from: String, to: String)
    case notForwardedYet(caseID: Int64)
    case noNewConsumers(caseID: Int64)
    case nothingToGroup
    case closedIncident(incidentID: Int64, status: String)
    case alreadyAnswered(incidentID: Int64, at: Int64, by: String?)
    case noReplyAddress(incidentID: Int64)
    case demoTooSmall
    case demoNeedsEmptyDatabase(path: String)
    case unknownEncoding(name: String, known: String)
    case noProviderForMail
    case phoneReportNeedsTitle
    case severalConsumersCalled(name: String, candidates: String)
    case noConsumerCalled(name: String)
    case notAMaildir(path: String)
    case cannotMoveToCur(file: String, reason: String)
    case cannotMoveToBad(file: String, reason: String)
    case badIsFull(file: String)
    case noProvider
    case needNeedsTitle
    case backingMergedNeed(needID: Int64)
    case notAChangeRequest(incidentID: Int64)
    case incidentWithoutConsumer(incidentID: Int64)
    case mergeIntoItself(needID: Int64)
    case alreadyMerged(needID: Int64)
    case mergeIntoMerged(needID: Int64)
    case notMerged(needID: Int64)
    case movingMergedNeed(needID: Int64)
    case mergeWithMerge
    case consumerNotInAudience(consumerID: Int64, notice: Int64)
    case alreadyInAudience(consumer: String, notice: Int64)
    case offboarded(consumer: String)
    case notInAudience(consumer: String, notice: Int64)
    case alreadySent(consumer: String, notice: Int64)
    case noticePublished(notice: Int64)
    case noticeNeedsTitle
    case noticeNeedsService
    case servicesOfSeveralProviders
    case unknownTransport(text: String)
    case transportWithoutPath(text: String)
    case maildirNotWritable(path: String, reason: String)
    case cannotWrite(path: String, reason: String)
    case cannotRead(path: String, reason: String)
    case cannotDeliverInto(file: String, directory: String, reason: String)
    case refusedRecipient(address: String)
    case cannotRun(path: String, reason: String)
    case timedOut(path: String, after: String)
    case stoppedReading(path: String, read: Int, of: Int)
    case badFromAddress(text: String)
    case notQueuedTo(address: String)
    case notUncertain(messageID: Int64, status: String)
    case notFailed(messageID: Int64, status: String)
    case unknownGroup(name: String)
    case referenceTaken(reference: String, incidentID: Int64)
    case noDatabase(path: String)
    case backupExists(path: String)
    case backupNotWritable(path: String, reason: String)
    case backupNotPlaced(path: String, reason: String)
    case alreadyRegistered(organisationNumber: String)
    case noIncidentSelected
    case noteNeedsText
    case providerUpdateNeedsText
    case keepsItsStatus(status: String)
    case withTheProvider
    case inNoCase
    case needsResolution(status: String, known: String)
    case nothingQueuedForCase(caseID: Int64)
    case readOnlyDirectory(path: String)
    case readOnlyOlderSchema(path: String, schema: Int)
    case noticeWithdrawn(notice: Int64)
    case noticeUnchanged(notice: Int64, field: String)
    case notAMoment(field: String, text: String)
    case consultationNeedsDeadline
    case postponeIntoPast(notice: Int64, text: String)
    case withdrawalNeedsReason
    case endsOnlyOutages(notice: Int64, kind: String)
    case notInForce(notice: Int64)
    case endsBeforeEffective
    case noContactOfRole(role: String)
    case notAMailDomain(String)
    case consumerUnchanged(consumer: String)
    case noAlert(id: Int64)
    case adminsOnly(task: String, group: String)
    case unknownField(field: String, known: String)
    case articleUnchanged(article: Int64, field: String)
    case articleProblem(String)
    case noArticleFor(incidentID: Int64)
    case articleNotPublished(article: Int64, status: String)
    case questionNeedsText
    case notAQuestion(caseID: Int64)
    case noReplyYet(caseID: Int64)
    case alertAcknowledged(id: Int64, by: String)

    public var wording: Wording {
        switch self {
        case let .unknownProvider(key, known):
            Wording("no provider has the key \"{1}\"; known: {2}", key, known.isEmpty ? Wording("none") : Wording.verbatim(known.joined(separator: ", ")))
        case .serviceExists(let key): Wording("a service with the key \"{1}\" is registered already", key)
        case .notAKey(let text): Wording("expected a key of lower-case letters, digits and -, e.g. inntekt-api, got \"{1}\"", text)
        case .needsOneLine(let field): Wording("{1} must be one line, and not empty", Wording(stringLiteral: field))
        case .unknownEnvironment(let text): Wording("expected test and/or production, got \"{1}\"", text)
        case .resolveBeforeAcknowledge(let priority):
            Wording("the provider cannot resolve a {1} case before it acknowledges it: give the time to resolve second, and no shorter", priority.label)
        case .notOneAddress(let text): Wording("\"{1}\" is not one mail address", text)
        case .noConsumer(let number): Wording("no consumer has organisation number {1}", number)
        case let .unknownService(key, known): Wording("unknown service \"{1}\"; known: {2}", key, known.joined(separator: ", "))
        case .everyoneAsked(let version):
            Wording("every consumer has accepted version {1} or been asked; segdesk remind chases them", version)
        case let .noRecipients(notice, unreachable):
            unreachable == 0 ? Wording("notice #{1} was sent to all its consumers; :audience +ORGNO adds one", notice)
                : Wording("none of notice #{1}'s {2} consumers has a contact address; nothing was queued", notice, unreachable)
        case .badOrganisationNumber(let problem): Wording.verbatim(problem.description)
        case let .unusableFile(path, problem): Wording.verbatim("\(path) \(problem)")
        case let .transportFailed(_, ended, complaint): Wording.verbatim(ended + " " + complaint)
        case let .proposalNeedsNotCovered(needID, legal):
            Wording("need #{1} is {2}; a proposal is for a need the legal basis does not cover (:legal not_covered NOTE)", needID,
                    legal.map { localized("assessed {1}", $0.rawValue) } ?? localized("not assessed"))
        case .unexpected(let text): Wording.verbatim(text)
        case let .noAgreementVersion(version, known): Wording("no agreement version {1}; the versions are {2}", version, known)
        case let .alreadyAccepted(consumer, version): Wording("{1} has already accepted version {2}", consumer, version)
        case .agreementNotImported(let version): Wording("no agreement version {1}; segdesk import agreements first", version)
        case .emptyProviderReference: Wording("a provider reference cannot be empty")
        case let .caseAlready(caseID, status): Wording("case #{1} is already {2}", caseID, status)
        case let .reportersAlreadyTold(caseID, status): Wording("case #{1} is {2}; its reporters were told", caseID, status)
        case .noReporterAddress(let caseID): Wording("case #{1} has no open report with an address to write to", caseID)
        case .noChecklist(let stage): Wording("the configuration has no checklist for {1} (checklist.{1} = TEXT | LINK)", stage)
        case let .noSuchStep(stage, steps, step): Wording("{1}'s checklist has steps 1 to {2}, not {3}", stage, steps, step)
        case .declarationNeedsReference: Wording("a declaration needs the consumer's reference to its assessment")
        case .consumerNeedsName: Wording("a consumer needs a one-line name")
        case .notOneTechnicalAddress(let address): Wording("\"{1}\" is not one mail address for the technical contact", address)
        case .alreadyUses(let service): Wording("the consumer already uses {1}", service)
        case .doesNotUse(let service): Wording("the consumer does not use {1}", service)
        case let .alreadyAtStage(consumer, stage): Wording("{1} is already {2}", consumer, stage)
        case let .stageNeedsNote(consumer, from, to): Wording("moving {1} from {2} to {3} needs a note saying why: :stage {4} NOTE", consumer, from, to, to)
        case .notForwardedYet(let caseID): Wording("case #{1} is not forwarded yet; f forwards it", caseID)
        case .noNewConsumers(let caseID): Wording("case #{1} has no consumers the provider has not been told of", caseID)
        case .nothingToGroup: Wording("no incident to group")
        case let .closedIncident(incidentID, status): Wording("incident {1} is {2}; only open incidents join a case", incidentID, status)
        case let .alreadyAnswered(incidentID, at, by):
            Wording("incident {1}'s reporter was answered at {2} by {3}; its first-answer clock stopped then", incidentID,
                    Timestamp.iso(at), by ?? Wording("someone"))
        case .noReplyAddress(let incidentID): Wording("incident {1} has no reporter address and its consumer no technical contact", incidentID)
        case .demoTooSmall: Wording("a demo needs at least 3 consumers")
        case .demoNeedsEmptyDatabase(let path): Wording("{1} already holds data; a demo needs an empty database", path)
        case let .unknownEncoding(name, known): Wording("--encoding \"{1}\" is not one segdesk reads; expected {2}", name, known)
        case .noProviderForMail: Wording("no provider is registered, so mail cannot be filed under one")
        case .phoneReportNeedsTitle: Wording("a phone report needs a title")
        case let .severalConsumersCalled(name, candidates): Wording("\"{1}\" matches several consumers: {2}; type more of the name or the organisation number", name, candidates)
        case .noConsumerCalled(let name): Wording("no consumer is called \"{1}\"", name)
        case .notAMaildir(let path): Wording("{1} is not a Maildir: it has no new/ directory", path)
        case let .cannotMoveToCur(file, reason): Wording("new/{1} was taken in but could not be moved to cur/: {2}", file, reason)
        case let .cannotMoveToBad(file, reason): Wording("new/{1} could not be moved to bad/: {2}", file, reason)
        case .badIsFull(let file): Wording("new/{1} could not be moved to bad/: too many files of that name there", file)
        case .noProvider: Wording("no provider is registered; segdesk import services first")
        case .needNeedsTitle: Wording("a need needs a one-line title")
        case .backingMergedNeed(let needID): Wording("need #{1} is merged; back the need it joined", needID)
        case .notAChangeRequest(let incidentID): Wording("incident #{1} is not a change request; only a change request becomes a need", incidentID)
        case .incidentWithoutConsumer(let incidentID): Wording("incident #{1} has no consumer yet; :consumer ORGNO attaches it first", incidentID)
        case .mergeIntoItself(let needID): Wording("need #{1} cannot be merged into itself", needID)
        case .alreadyMerged(let needID): Wording("need #{1} is already merged", needID)
        case .mergeIntoMerged(let needID): Wording("need #{1} is merged itself; merge into the need it joined", needID)
        case .notMerged(let needID): Wording("need #{1} is not merged", needID)
        case .movingMergedNeed(let needID): Wording("need #{1} is merged; move the need it joined", needID)
        case .mergeWithMerge: Wording("a need is merged with :merge ID")
        case let .consumerNotInAudience(consumerID, notice): Wording("consumer #{1} is not in notice #{2}'s audience", consumerID, notice)
        case let .alreadyInAudience(consumer, notice): Wording("{1} is already in notice #{2}'s audience", consumer, notice)
        case .offboarded(let consumer): Wording("{1} is offboarded and no longer hears from the segment", consumer)
        case let .notInAudience(consumer, notice): Wording("{1} is not in notice #{2}'s audience", consumer, notice)
        case let .alreadySent(consumer, notice): Wording("{1} has been sent notice #{2} already", consumer, notice)
        case .noticePublished(let notice): Wording("notice #{1} is published; its consumers were told what it is", notice)
        case .noticeNeedsTitle: Wording("a notice needs a one-line title")
        case .noticeNeedsService: Wording("a notice needs at least one service")
        case .servicesOfSeveralProviders: Wording("the services belong to different providers; write one notice per provider")
        case .unknownTransport(let text): Wording("transport \"{1}\": expected sendmail, sendmail:PATH or maildir:DIR", text)
        case .transportWithoutPath(let text): Wording("transport \"{1}\" names no path: expected sendmail:PATH or maildir:DIR", text)
        case let .maildirNotWritable(path, reason): Wording("the Maildir {1} cannot be written: {2}", path, reason)
        case let .cannotWrite(path, reason): Wording("cannot write {1}: {2}", path, reason)
        case let .cannotRead(path, reason): Wording("cannot read {1}: {2}", path, reason)
        case let .cannotDeliverInto(file, directory, reason): Wording("cannot move {1} into {2}/new: {3}", file, directory, reason)
        case .refusedRecipient(let address): Wording("refused recipient \"{1}\"", address)
        case let .cannotRun(path, reason): Wording("cannot run {1}: {2}", path, reason)
        case let .timedOut(path, after): Wording("{1} did not finish within {2}; stopped", path, after)
        case let .stoppedReading(path, read, size): Wording("{1} exited having read {2} of {3} bytes of the message; not sent", path, read, size)
        case .badFromAddress(let text): Wording("from address \"{1}\" is not one mail address, or a name and one address in <>", text)
        case .notQueuedTo(let address): Wording("\"{1}\" is not one mail address; nothing was queued", address)
        case let .notUncertain(messageID, status): Wording("message {1} is {2}, not uncertain; only an uncertain message is settled by hand", messageID, status)
        case let .referenceTaken(reference, incidentID):
            Wording("the consumer's reference {1} is already incident #{2}; nothing was recorded", reference, incidentID)
        case .unknownGroup(let name): Wording("no group \"{1}\" on this machine (getent group lists them)", name)
        case let .notFailed(messageID, status): Wording("message {1} is {2}, not failed; only a failed message is sent again with retry", messageID, status)
        case .noDatabase(let path): Wording("{1} does not exist; name the database with --db or $SEGDESK_DB (the dashboard, demo and the imports create one)", path)
        case .backupExists(let path): Wording("{1} exists; segdesk backup never overwrites a file, so name a new one", path)
        case let .backupNotWritable(path, reason): Wording("{1}: cannot be written: {2}", path, reason)
        case let .backupNotPlaced(path, reason): Wording("{1}: the copy could not be put in place: {2}", path, reason)
        case .alreadyRegistered(let organisationNumber): Wording("organisation number {1} is already registered", organisationNumber)
        case .noIncidentSelected: Wording("no incident selected")
        case .noteNeedsText: Wording("a note needs text")
        case .providerUpdateNeedsText: Wording("a provider update needs text")
        case .keepsItsStatus(let status): Wording("a {1} incident keeps its status", status)
        case .withTheProvider: Wording("the incident is with the provider; change it through its case")
        case .inNoCase: Wording("the incident is in no provider case")
        case let .needsResolution(status, known): Wording("{1} needs a resolution: {2}", status, known)
        case .nothingQueuedForCase(let caseID): Wording("case #{1} has no open report with an address; nothing was queued", caseID)
        case .readOnlyDirectory(let path): Wording("{1} is read-only to you, and so is its directory: SQLite cannot make the -shm file it needs to read the file safely; read a copy, or ask for write access", path)
        case .noticeWithdrawn(let notice): Wording("notice #{1} is withdrawn; nothing was changed", notice)
        case let .noticeUnchanged(notice, field): Wording("notice #{1}'s {2} is that already; nothing was changed", notice, field)
        case let .notAMoment(field, text):
            Wording("{1}: expected a day YYYY-MM-DD or a time YYYY-MM-DD HH:MM, or none, got \"{2}\"; nothing was changed", field, text)
        case .consultationNeedsDeadline: Wording("a consultation needs a deadline: the date to answer by")
        case let .postponeIntoPast(notice, text):
            Wording("{1} is not ahead of now: notice #{2} is postponed to a later time; nothing was changed", text, notice)
        case .withdrawalNeedsReason: Wording("a withdrawal needs a reason on one line: the consumers are told it")
        case let .endsOnlyOutages(notice, kind): Wording("notice #{1} is {2}; only an outage or maintenance ends early", notice, kind)
        case .notInForce(let notice): Wording("notice #{1} is not in force (a draft, not begun or ended already); nothing was changed", notice)
        case .noContactOfRole(let role): Wording("the consumer has no {1} contact; nothing was changed", role)
        case .notAMailDomain(let text): Wording("\"{1}\" is not a mail domain such as fjordbanken.no; nothing was changed", text)
        case .consumerUnchanged(let consumer): Wording("{1} has that already; nothing was changed", consumer)
        case let .unknownField(field, known): Wording("there is no field \"{1}\"; the fields: {2}", field, known)
        case let .articleUnchanged(article, field): Wording("article #{1} has that {2} already; nothing was changed", article, field)
        case .questionNeedsText: Wording("a question for the provider needs its text: :ask-provider TEXT")
        case .notAQuestion(let id): Wording("case #{1} is a fault, not a question; :article drafts an article from a question asked with :ask-provider", id)
        case .noReplyYet(let id): Wording("case #{1} has no answer from the provider yet; its reply by mail, or :update TEXT, comes first", id)
        case let .articleNotPublished(article, status):
            Wording("article #{1} is {2}; only a published article goes to the segment (:edit status published)", article, status)
        case .noArticleFor(let id): Wording("no article is proposed for incident #{1}; :answer N names one (the knowledge pane, 7, lists them)", id)
        case .articleProblem(let problems): Wording("the article cannot be so: {1}; nothing was changed", problems)
        case let .adminsOnly(task, group):
            Wording("only members of {1}, the admins of /etc/segdesk/config, may {2}; nothing was changed", group, Wording(stringLiteral: task))
        case .noAlert(let id): Wording("there is no alert {1}; segdesk alert list shows the open ones", id)
        case let .alertAcknowledged(id, who): Wording("alert {1} was acknowledged by {2} already; nothing was changed", id, who)
        case .endsBeforeEffective: Wording("the end would come before the notice takes effect; nothing was changed")
        case let .readOnlyOlderSchema(path, schema): Wording("{1} was written by an older segdesk (schema {2}), and this command only reads; segdesk upgrade --db {3} (as someone who may write it) brings it up to date", path, schema, path)
        }
    }

    public var description: String { wording.description }
}
