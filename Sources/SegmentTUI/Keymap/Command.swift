/// Something the operator can ask for, by key or by `:` name.
public enum Command: Hashable, Sendable {
    case nextPane, previousPane, focusPane(PaneKind)
    case moveDown, moveUp, pageDown, pageUp, moveToTop, moveToBottom
    case open, back, quit
    case startFilter, clearFilter, startCommandLine, showHelp
    case toggleMark, redraw
    case undo, showOutbox, showDigest, showStatistics
    /// In the outbox sheet: the failed messages go at the next deliver.
    case retryFailed
    /// The messages of the open record (a consumer's both ways, or those
    /// sent about an incident or a case).
    case showMessages
    /// In a list of messages: the selected one whole.
    case openMessage
    /// The open alerts; in their sheet, the selected one acknowledged.
    case showAlerts, acknowledgeAlert
    /// The form that records a new record of the pane: its descriptor's.
    case newRecord(PaneKind)
    /// A key of a pane's own, carried out by the pane.
    case paneKey(PaneKey)
    case confirm, cancel, keepPersonalData
}

/// Which keys are live: each view has its own bindings.
public enum Mode: String, CaseIterable, Sendable {
    case dashboard
    case detail
    case help
    /// A box asks before something is sent or cannot be undone.
    case confirm
}
