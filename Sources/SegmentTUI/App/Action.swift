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
    /// The selected row's record, read in an idle moment.
    case recordReadAhead(RecordAhead)
    case previewLoaded(RecordDetail?)
    case themeApplied(String)
    case triageApplied(TriageChange)
    case changeUndone(UndoableChange)
    /// A pane's change that `u` can take back was made.
    case changeMade(UndoableChange)
    /// A box to show before an effect runs.
    case confirmationPrepared(Confirmation)
    /// The store changed a record; the fact says how, the view words it.
    case recordChanged(RecordChange)
    case sheetLoaded(Sheet)
    /// An alert acknowledged; the open ones that remain.
    case alertAcknowledged(Alert, remaining: [Alert])
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
    /// Read a record for Enter before it is pressed; nothing is shown.
    case readRecordAhead(PaneKind, Int64)
    case loadPreview(PaneKind, Int64?)
    case applyTheme(String)
    case undo(UndoableChange)
    case addNote(PaneKind, id: Int64, text: String)
    /// Work on a pane's own records, each named in the pane's folder and
    /// carried out by its `EffectRunner` extension.
    case incidents(IncidentEffect)
    case cases(CaseEffect)
    case notices(NoticeEffect)
    case needs(NeedEffect)
    case consumers(ConsumerEffect)
    case providers(ProviderEffect)
    case knowledge(KnowledgeEffect)
    case loadOutbox
    /// The open alerts, for the `!` sheet.
    case loadAlerts
    case acknowledgeAlert(Int64)
    /// The messages of a record, for the messages sheet.
    case loadMessages(PaneKind, id: Int64, title: String)
    /// One message whole, read from the outbox or the mail taken in.
    case loadMessage(CorrespondenceEntry)
    /// Every failed message back for the next delivery, then the outbox again.
    case retryFailedMessages
    case loadAgreements
    case loadDigest
    case loadStatistics
    /// The same message effect, with national identity numbers kept as
    /// written: the operator chose so in the box that showed them masked.
    indirect case keepingPersonalData(Effect)
    case redrawFully
    case quit
}
