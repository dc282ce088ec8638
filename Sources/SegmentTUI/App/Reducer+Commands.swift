import SegmentCore

/// Commands, from a key or the `:` line: what each changes in the state and
/// which effects it asks for.
extension Reducer {
    static func perform(_ command: Command, _ state: inout AppState) -> [Effect] {
        let layout = Layout(state)
        switch command {
        case .nextPane: return focus(state.focus.next, &state)
        case .previousPane: return focus(state.focus.previous, &state)
        case .focusPane(let pane): return focus(pane, &state)
        case .moveDown, .moveUp, .pageDown, .pageUp, .moveToTop, .moveToBottom: return move(command, layout, &state)
        case .open:
            guard let id = state.focusedPane.selectedID else { return [] }
            return [.openRecord(state.focus, id)]
        case .back:
            if case .message(_, let list?) = state.sheet {
                state.overlay = .sheet(.correspondence(list))
                state.helpScroll = max(0, list.selected + CorrespondenceView.listHeaderLines - layout.pageLines / 2)
            } else if state.overlay != nil {
                state.overlay = nil
            } else {
                state.detail = nil
            }
            return []
        case .quit: return [.quit]
        case .startFilter:
            state.input = .filter
            return []
        case .clearFilter: return clearFilter(&state)
        case .startCommandLine:
            state.input = .command("")
            return []
        case .showOutbox: return [.loadOutbox]
        case .showAlerts: return [.loadAlerts]
        case .acknowledgeAlert:
            guard case .alerts(let sheet) = state.sheet, let alert = sheet.selectedAlert else { return [] }
            return [.acknowledgeAlert(alert.id)]
        case .retryFailed:
            guard case .outbox(let review) = state.sheet, review.unsent.contains(where: { $0.status == .failed }) else { return [] }
            return [.retryFailedMessages]
        case .showMessages:
            guard let detail = state.detail else { return [] }
            return [.loadMessages(detail.pane, id: detail.id, title: detail.record.conversationTitle)]
        case .openMessage:
            if case .alerts(let sheet) = state.sheet {
                guard let target = sheet.selectedAlert?.record.flatMap(RecordReference.init) else { return [] }
                state.overlay = nil
                return open(target, &state)
            }
            guard case .correspondence(let sheet) = state.sheet, let entry = sheet.selectedEntry else { return [] }
            return [.loadMessage(entry)]
        case .showDigest: return [.loadDigest]
        case .showStatistics: return [.loadStatistics]
        case .showHelp:
            state.overlay = .help(state.mode)
            state.helpScroll = 0
            return []
        case .toggleMark:
            guard state.focusedPane.selectedID != nil else { return [] }
            state.focusedPane.toggleMarkOnSelected()
            return perform(.moveDown, &state)
        case .redraw: return [.redrawFully]
        case .paneKey(let key): return key.perform(&state)
        case .newRecord(let pane):
            state.overlay = pane.descriptor.entryForm(state).map { .form(EntryForm($0)) } ?? state.overlay
            return []
        case .confirm, .cancel, .keepPersonalData: return answer(command, &state)
        case .undo:
            guard let change = state.lastChange else {
                state.message = StatusMessage(Wording("nothing to undo"))
                return []
            }
            return [.undo(change)]
        }
    }

    /// The record `reference` names, opened in its pane.
    static func open(_ reference: RecordReference, _ state: inout AppState) -> [Effect] {
        focus(reference.pane, &state) + [.openRecord(reference.pane, reference.id)]
    }

    /// A move key: down the focused pane, through an open record, the box's text or the help.
    private static func move(_ command: Command, _ layout: Layout, _ state: inout AppState) -> [Effect] {
            switch state.mode {
        case .dashboard: return PaneNavigation.move(command, pane: &state.focusedPane, rows: layout.listRows(for: state.focus, focus: state.focus),
                                           scrollStep: layout.isOverview ? layout.listRows(for: state.focus, focus: state.focus) / 2 : 1)
            .map { $0 ? [.loadPane(state.focus)] : previewEffects(state) } ?? []
        case .detail:
            guard let detail = state.detail else { return [] }
            state.detail?.scroll = min(max(0, scrolled(detail.scroll, by: command, page: layout.pageLines)),
                                       state.measurements.recordScrollLimit)
        case .confirm:
            guard var confirmation = state.confirmation else { return [] }
            let moved = scrolled(confirmation.scroll, by: command, page: state.measurements.confirmationPage)
            confirmation.scroll = min(max(0, moved), state.measurements.confirmationScrollLimit)
            state.overlay = .confirmation(confirmation)
        case .help:
            // In a list to choose from, the selection moves and the scroll follows it.
            let selectedLine: Int?
            switch state.sheet {
            case .alerts(var sheet)?:
                sheet.move(command, page: layout.pageLines)
                state.overlay = .sheet(.alerts(sheet))
                selectedLine = sheet.selected + AlertsView.listHeaderLines
            case .correspondence(var sheet)?:
                sheet.move(command, page: layout.pageLines)
                state.overlay = .sheet(.correspondence(sheet))
                selectedLine = sheet.selected + CorrespondenceView.listHeaderLines
            default:
                selectedLine = nil
            }
            if let line = selectedLine {
                state.helpScroll = min(max(state.helpScroll, line - layout.pageLines + 1), line)
                return []
            }
            state.helpScroll = min(max(0, scrolled(state.helpScroll, by: command, page: layout.pageLines)),
                                   state.measurements.sheetScrollLimit)
        }
        return []
    }

    private static func clearFilter(_ state: inout AppState) -> [Effect] {
        guard !state.focusedPane.filter.isEmpty else { return [] }
        state.focusedPane.filter = ""
        state.focusedPane.anchor = .start
        return [.loadPane(state.focus)]
    }

    /// The operator's answer to the box: y runs its effect, n cancels, p
    /// asks again with the identity numbers kept.
    private static func answer(_ command: Command, _ state: inout AppState) -> [Effect] {
        let box = state.confirmation
        state.overlay = nil
        switch command {
        case .confirm:
            return box.map { [$0.effect] } ?? []
        case .keepPersonalData:
            guard let keep = box?.keepEffect else {
                state.overlay = box.map(Overlay.confirmation)
                state.message = StatusMessage(Wording("no national identity number was masked in these messages"), isError: true)
                return []
            }
            return [keep]
        default:
            state.message = StatusMessage(Wording("cancelled; nothing was sent"))
            return []
        }
    }

    static func focus(_ pane: PaneKind, _ state: inout AppState) -> [Effect] {
        guard state.mode == .dashboard else { return [] }
        state.input = .none
        state.focus = pane
        let stale = Layout(state).visiblePanes(focus: state.focus).filter { state.panes[$0]?.isStale == true }
        return stale.map(Effect.loadPane) + (stale.contains(pane) ? [] : previewEffects(state))
    }

    static func scrolled(_ offset: Int, by command: Command, page: Int) -> Int {
        switch command {
        case .moveDown: offset + 1
        case .moveUp: max(0, offset - 1)
        case .pageDown: offset + page
        case .pageUp: max(0, offset - page)
        case .moveToTop: 0
        case .moveToBottom: Int.max / 2
        default: offset
        }
    }
}
