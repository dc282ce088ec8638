import SegmentCore

/// The dashboard's state machine: a pure function from the state and what
/// happened to the new state and the effects to run.
public enum Reducer {
    public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .keyPressed(let key):
            return keyPressed(key, &state)
        case let .resized(width, height):
            state.width = width
            state.height = height
            return PaneKind.allCases.map(Effect.loadPane)
        case .clockTicked(let now):
            let minuteTurned = now / 60 != state.now / 60
            state.now = now
            return minuteTurned ? [.loadOverview] : []
        case .outsideChangeNoticed:
            return reloadEverything(&state)
        case .idle: return state.idleWork.map { [$0] } ?? []
        case let .paneCounted(kind, counts):
            state.panes[kind]?.take(counts)
            return []
        case let .paneRead(kind, window): return settle(window, in: kind, &state)
        case let .recordLocated(kind, id, window): return follow(id, to: window, in: kind, &state)
        case .overviewLoaded(let overview):
            state.overview = overview
            return []
        case .recordLoaded(let detail): return showRecord(detail, &state)
        case .recordReadAhead(let ahead):
            state.recordAhead = ahead
            return []
        case .previewLoaded(let record):
            state.preview = record
            return []
        case .themeApplied(let name):
            state.themeName = name
            state.message = StatusMessage(Wording("theme {1}", name))
            return [.redrawFully]
        case .triageApplied(let change): return triaged(change, &state)
        case .changeUndone(let change):
            state.lastChange = nil
            state.message = StatusMessage(Wording("undone: {1}", change.summary))
            return reloadEverything(&state)
        case .changeMade(let change):
            state.lastChange = change
            state.message = StatusMessage(Wording("{1} (u undoes)", change.summary))
            return reloadEverything(&state)
        case .confirmationPrepared(let confirmation):
            state.overlay = .confirmation(confirmation)
            return []
        case .sheetLoaded(let sheet):
            if case .message(let message, nil) = sheet, case .correspondence(let list) = state.sheet {
                state.overlay = .sheet(.message(message, list: list))
            } else {
                state.overlay = .sheet(sheet)
            }
            state.helpScroll = 0
            return []
        case let .alertAcknowledged(alert, remaining):
            var sheet = AlertsSheet(alerts: remaining)
            if case .alerts(let shown) = state.sheet { sheet.selected = min(shown.selected, max(0, remaining.count - 1)) }
            state.overlay = .sheet(.alerts(sheet))
            state.message = StatusMessage(Wording("ALERT-{1} acknowledged: {2}", alert.id, UntrustedText.line(alert.title)))
            return [.loadOverview]
        case .recordChanged(let change): return changed(change, &state)
        case .failed(let reason): return failed(reason, &state)
        case .measured(let measured):
            settle(measured, &state)
            return []
        }
    }

    /// New measurements keep every scroll inside its text; a record opened
    /// for a new reply scrolls to the replies now that their line is known.
    private static func settle(_ measured: Measurements, _ state: inout AppState) {
        state.measurements = measured
        if var detail = state.detail {
            if detail.scrollsToReplies, let line = measured.repliesLine { detail.scroll = line }
            detail.scrollsToReplies = false
            detail.scroll = min(detail.scroll, measured.recordScrollLimit)
            state.detail = detail
        }
        state.helpScroll = min(state.helpScroll, measured.sheetScrollLimit)
        if case .confirmation(var confirmation) = state.overlay, confirmation.scroll > measured.confirmationScrollLimit {
            confirmation.scroll = measured.confirmationScrollLimit
            state.overlay = .confirmation(confirmation)
        }
    }

    /// A triage edit made: `u` can take it back, the marks are spent.
    private static func triaged(_ change: TriageChange, _ state: inout AppState) -> [Effect] {
        state.lastChange = change.entries.isEmpty ? state.lastChange : .triage(change)
        state.panes[.incidents]?.clearMarks()
        state.message = StatusMessage(change.entries.isEmpty ? Wording("nothing to change") : Wording("{1} (u undoes)", change.summary))
        return reloadEverything(&state)
    }

    /// A record read for the view; opened for a new reply, it scrolls to the replies.
    private static func showRecord(_ loaded: DetailState, _ state: inout AppState) -> [Effect] {
        var detail = loaded
        if let open = state.detail, open.pane == detail.pane, open.id == detail.id { detail.scroll = open.scroll }
        let replyRead = detail.markedReplyRead
        detail.markedReplyRead = false
        detail.scrollsToReplies = replyRead
        state.detail = detail
        // Marking the reply read changed the record it may have read ahead.
        if replyRead { state.recordAhead = nil }
        return replyRead ? [.loadPane(.incidents), .loadOverview] : []
    }

    /// A change u cannot take back; it ends what u can, so u must not reach
    /// past it to an older one. A form that made it closes.
    private static func changed(_ change: RecordChange, _ state: inout AppState) -> [Effect] {
        state.lastChange = nil
        if state.form != nil { state.overlay = nil }
        state.message = StatusMessage(change)
        return reloadEverything(&state)
    }

    /// A refusal: in an open form, beside its fields; else on the status line.
    private static func failed(_ error: StoreError, _ state: inout AppState) -> [Effect] {
        if var form = state.form {
            form.problem = error.wording
            state.overlay = .form(form)
            return []
        }
        state.message = StatusMessage(refused: error)
        return []
    }

    /// After a change, what the screen shows is read again: the visible
    /// panes with their counts, the header and the open record. A pane off
    /// screen is marked stale and read when it is shown.
    static func reloadEverything(_ state: inout AppState) -> [Effect] {
        let visible = Layout(state).visiblePanes(focus: state.focus)
        state.recordAhead = nil
        for kind in PaneKind.allCases {
            state.panes[kind]?.countedFilter = nil
            state.panes[kind]?.isStale = !visible.contains(kind)
        }
        var effects: [Effect] = visible.map(Effect.loadPane) + PaneKind.allCases.filter { !visible.contains($0) }.map(Effect.countPane)
            + [.loadOverview]
        if let detail = state.detail { effects.append(.openRecord(detail.pane, detail.id)) }
        return effects
    }

    static func previewEffects(_ state: AppState) -> [Effect] {
        guard Layout(state).showsPreview else { return [] }
        return [.loadPreview(state.focus, state.focusedPane.selectedID)]
    }
}
