import SegmentCore

/// What happened, as the reducer hears it: a key, a resize, the clock, or the
/// answer to an effect.
public enum Action: Equatable, Sendable {
    case keyPressed(Key)
    case resized(width: Int, height: Int)
    case clockTicked(Int64)
    /// Another process changed the database.
    case outsideChangeNoticed
    /// No key is waiting: time to read a pane off screen before it is shown.
    case idle
    /// A pane's window read at its anchor; the reducer settles the selection.
    case paneRead(PaneKind, PaneWindow)
    /// Where the selected record went when a read window no longer held it:
    /// the window that shows it, or nil when the pane no longer holds it.
    case recordLocated(PaneKind, id: Int64, PaneWindow?)
    /// A pane off screen counted again; its rows wait until it is shown.
    case paneCounted(PaneKind, PaneCounts)
    case overviewLoaded(Overview)
    case recordLoaded(DetailState)
    case previewLoaded(RecordDetail?)
    case themeApplied(String)
    case triageApplied(TriageChange)
    case changeUndone(UndoableChange)
    /// A need was merged; `u` can take it back.
    case needMerged(needID: Int64, into: Int64)
    /// A box to show before an effect runs.
    case confirmationPrepared(Confirmation)
    /// The store changed a record; the fact says how, the view words it.
    case recordChanged(RecordChange)
    case sheetLoaded(Sheet)
    /// The view measured what scrolls, at the screen's size.
    case measured(Measurements)
    /// The store refused, or could not do, what an effect asked.
    case failed(StoreError)
}

/// Work the reducer asks for: reading the store, writing through a workflow,
/// or touching the terminal. Values, so tests compare them.
public enum Effect: Equatable, Sendable {
    case loadPane(PaneKind)
    /// Find the window that shows record `id` on screen row `screenRow`.
    case locateRecord(PaneKind, id: Int64, screenRow: Int)
    /// Count a pane off screen again, for its title, without reading its rows.
    case countPane(PaneKind)
    case loadOverview
    case openRecord(PaneKind, Int64)
    case loadPreview(PaneKind, Int64?)
    case applyTheme(String)
    /// A triage edit on incidents, each refused unless still at the version
    /// the operator saw (`seen`; an incident missing from it is not checked).
    case triage(TriageEdit, ids: [Int64], seen: [Int64: Int])
    case group([Int64], seen: [Int64: Int])
    case groupProposal(GroupingProposal)
    case undo(UndoableChange)
    case recordProviderReference(caseID: Int64, reference: String)
    /// Reads what resolving would send and asks first.
    case prepareResolution(caseID: Int64, resolution: String)
    case resolveCase(caseID: Int64, resolution: String)
    /// Reads the report to the provider and asks first.
    case prepareForward(caseID: Int64)
    case forwardCase(caseID: Int64)
    /// Reads the reply to an incident's reporter and asks first; with a
    /// resolution, sending also resolves the incident.
    case prepareReply(incidentID: Int64, text: String, resolution: IncidentResolution?)
    case sendReply(incidentID: Int64, text: String, resolution: IncidentResolution?)
    /// `consumer` is an organisation number or a name.
    case addPhoneReport(consumer: String, serviceKey: String, title: String, assessment: Assessment)
    case attachConsumer(incidentID: Int64, organisationNumber: String)
    case setService(incidentID: Int64, serviceKey: String)
    case addNote(PaneKind, id: Int64, text: String)
    case recordProviderUpdate(caseID: Int64, text: String)
    case setStage(consumerID: Int64, stage: OnboardingStage, note: String?)
    case acceptAgreement(consumerID: Int64, version: Int)
    case recordLegalDeclaration(consumerID: Int64, declaredAt: Int64, reference: String)
    /// Takes the open reports that came before an outage notice into its case.
    case joinReportsBeforeOutage(noticeID: Int64)
    /// Reads what publishing a notice would send and asks first.
    case preparePublication(noticeID: Int64)
    case publishNotice(noticeID: Int64)
    case acknowledge(noticeID: Int64, organisationNumber: String, state: AcknowledgementState, note: String?)
    case changeAudience(noticeID: Int64, organisationNumber: String, adding: Bool)
    case classifyNotice(noticeID: Int64, kind: NoticeKind, breaking: Bool)
    /// Reads the interim update to a case's reporters and asks first.
    case prepareTell(caseID: Int64, text: String)
    /// A notice written in the dashboard's form, kept as a draft.
    case writeNotice(NoticeDraft)
    case back(needID: Int64, organisationNumber: String, importance: Importance, useCase: String?)
    case mergeNeed(needID: Int64, into: Int64)
    case assessLegalBasis(needID: Int64, basis: LegalBasis, note: String?)
    /// Reads the messages to a need's backers and asks first.
    case prepareNeedStep(needID: Int64, step: NeedStep)
    case takeNeedStep(needID: Int64, step: NeedStep)
    /// A change request becomes a need backed by its consumer.
    case needFromIncident(incidentID: Int64)
    /// Reads the requests to accept an agreement version and asks first.
    case prepareAcceptanceRequests(version: Int)
    case requestAcceptance(version: Int)
    case tickChecklist(consumerID: Int64, step: Int, stage: OnboardingStage?, ticked: Bool)
    case registerConsumer(organisationNumber: String, name: String, serviceKeys: [String], contactName: String,
                          contactEmail: String)
    case setContact(consumerID: Int64, role: ContactRole, name: String, email: String)
    case setUses(consumerID: Int64, serviceKey: String, using: Bool)
    /// A need from the form: `raisedBy` is an organisation number.
    case raiseNeed(title: String, description: String, serviceKeys: [String], raisedBy: String)
    case tellReporters(caseID: Int64, text: String)
    case loadOutbox
    case loadAgreements
    case loadDigest
    case loadStatistics
    /// The same message effect, with national identity numbers kept as
    /// written: the operator chose so in the box that showed them masked.
    indirect case keepingPersonalData(Effect)
    case redrawFully
    case quit
}
