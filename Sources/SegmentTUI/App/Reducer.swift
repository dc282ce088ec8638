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
        case let .paneLoaded(kind, pane):
            state.panes[kind] = pane
            return kind == state.focus ? previewEffects(state) : []
        case .overviewLoaded(let overview):
            state.overview = overview
            return []
        case .recordLoaded(var detail):
            if let open = state.detail, open.pane == detail.pane, open.id == detail.id { detail.scroll = open.scroll }
            let replyRead = detail.markedReplyRead
            detail.markedReplyRead = false
            if replyRead {
                let lines = DetailText.wrapped(detail.record, history: detail.history, state: state, width: state.width)
                if let replies = DetailText.repliesLine(in: lines) {
                    detail.scroll = RecordView.clampedScroll(replies, lineCount: lines.count,
                                                             height: Layout(state).pageLines + 1)
                }
            }
            state.detail = detail
            return replyRead ? [.loadPane(.incidents), .loadOverview] : []
        case .previewLoaded(let record):
            state.preview = record
            return []
        case .themeApplied(let name):
            state.themeName = name
            state.message = StatusMessage("theme \(name)")
            return [.redrawFully]
        case .triageApplied(let change):
            state.lastChange = change.entries.isEmpty ? state.lastChange : .triage(change)
            state.panes[.incidents]?.clearMarks()
            state.message = StatusMessage(change.entries.isEmpty ? "nothing to change" : "\(change.summary) (u undoes)")
            return reloadEverything(&state)
        case .changeUndone(let change):
            state.lastChange = nil
            state.message = StatusMessage("undone: \(change.summary)")
            return reloadEverything(&state)
        case let .needMerged(needID, into):
            state.lastChange = .needMerge(needID: needID, into: into)
            state.message = StatusMessage("need #\(needID) merged into need #\(into) (u undoes)")
            return reloadEverything(&state)
        case .confirmationPrepared(let confirmation):
            state.confirmation = confirmation
            return []
        case .phoneReportRecorded(let id):
            state.lastChange = nil
            state.input = .none
            state.message = StatusMessage("incident #\(id) recorded from the phone call")
            return reloadEverything(&state)
        case .sheetLoaded(let sheet):
            state.sheet = sheet
            state.helpScroll = 0
            return []
        case .caseChanged(let text):
            // A change u cannot take back ends what u can: it must not reach past it to an older one.
            state.lastChange = nil
            if case .form = state.input { state.input = .none }
            state.message = StatusMessage(text)
            return reloadEverything(&state)
        case .failed(let reason):
            if case .form(var form) = state.input {
                form.problem = reason
                state.input = .form(form)
                return []
            }
            state.message = StatusMessage(reason, isError: true)
            return []
        }
    }

    /// After a change, every pane, its counts, the header and the open record are read again.
    private static func reloadEverything(_ state: inout AppState) -> [Effect] {
        for kind in PaneKind.allCases { state.panes[kind]?.countedFilter = nil }
        var effects: [Effect] = PaneKind.allCases.map(Effect.loadPane) + [.loadOverview]
        if let detail = state.detail { effects.append(.openRecord(detail.pane, detail.id)) }
        return effects
    }

    private static func previewEffects(_ state: AppState) -> [Effect] {
        guard Layout(state).showsPreview else { return [] }
        return [.loadPreview(state.focus, state.focusedPane.selectedID)]
    }

    // MARK: Keys

    private static func keyPressed(_ key: Key, _ state: inout AppState) -> [Effect] {
        switch state.input {
        case .filter: return filterKey(key, &state)
        case .command(let text): return commandLineKey(key, text, &state)
        case .form(let form): return formKey(key, form, &state)
        case .none: break
        }
        state.message = nil
        guard let command = Keymap.command(for: key, in: state.mode, on: state.currentPane) else {
            if let elsewhere = Keymap.binding(for: key, in: state.mode), let panes = elsewhere.panes {
                state.message = StatusMessage("\(key.label) works on \(PaneKind.places(panes)), not here", isError: true)
            } else {
                state.message = StatusMessage("\(key.label) does nothing here; ? lists the keys")
            }
            return []
        }
        return perform(command, &state)
    }

    private static func filterKey(_ key: Key, _ state: inout AppState) -> [Effect] {
        switch key {
        case .character(let character):
            state.focusedPane.filter.append(character)
        case .backspace, .delete:
            guard !state.focusedPane.filter.isEmpty else { return [] }
            state.focusedPane.filter.removeLast()
        case .escape:
            state.input = .none
            state.focusedPane.filter = ""
        case .enter:
            state.input = .none
            return []
        case .down, .up, .pageDown, .pageUp:
            return perform(Keymap.command(for: key, in: .dashboard, on: state.focus)!, &state)
        default:
            return []
        }
        // From the top of the matches, unless the selected record is one of them.
        state.focusedPane.anchor = .start
        return [.loadPane(state.focus)]
    }

    private static func formKey(_ key: Key, _ form: EntryForm, _ state: inout AppState) -> [Effect] {
        var form = form
        switch key {
        case .character(let character): form.type(character)
        case .backspace, .delete: form.erase()
        case .tab, .down: form.move(by: 1)
        case .backTab, .up: form.move(by: -1)
        case .escape:
            state.input = .none
            state.message = StatusMessage(form.purpose.cancelled)
            return []
        case .enter:
            switch form.submission() {
            case .success(let effect):
                form.problem = nil
                state.input = .form(form)
                return [effect]
            case .failure(let problem):
                form.problem = problem.message
                form.focus = form.fields.firstIndex { $0.key == problem.field } ?? form.focus
            }
        default:
            break
        }
        state.input = .form(form)
        return []
    }

    private static func commandLineKey(_ key: Key, _ text: String, _ state: inout AppState) -> [Effect] {
        switch key {
        case .character(let character):
            state.input = .command(text + String(character))
        case .backspace, .delete:
            state.input = text.isEmpty ? .none : .command(String(text.dropLast()))
        case .escape:
            state.input = .none
        case .enter:
            state.input = .none
            return CommandLine.execute(text, &state)
        default:
            break
        }
        return []
    }

    // MARK: Commands

    static func perform(_ command: Command, _ state: inout AppState) -> [Effect] {
        let layout = Layout(state)
        switch command {
        case .nextPane: return focus(state.focus.next, &state)
        case .previousPane: return focus(state.focus.previous, &state)
        case .focusPane(let pane): return focus(pane, &state)
        case .moveDown, .moveUp, .pageDown, .pageUp, .moveToTop, .moveToBottom:
            switch state.mode {
            case .dashboard: return PaneNavigation.move(command, pane: &state.focusedPane, rows: layout.listRows(for: state.focus, focus: state.focus))
                .map { $0 ? [.loadPane(state.focus)] : previewEffects(state) } ?? []
            case .detail:
                guard let detail = state.detail else { return [] }
                let lines = DetailText.wrapped(detail.record, history: detail.history, state: state, width: state.width)
                state.detail?.scroll = RecordView.clampedScroll(
                    scrolled(detail.scroll, by: command, page: layout.pageLines),
                    lineCount: lines.count, height: layout.pageLines + 1)
            case .confirm:
                guard let confirmation = state.confirmation else { return [] }
                let geometry = ConfirmationBox.geometry(confirmation, width: state.width, height: state.height)
                let moved = scrolled(confirmation.scroll, by: command, page: geometry.visibleLines)
                state.confirmation?.scroll = min(max(0, moved), geometry.maximumScroll)
            case .help:
                state.helpScroll = RecordView.clampedScroll(
                    scrolled(state.helpScroll, by: command, page: layout.pageLines),
                    lineCount: HelpView.sheetLines(state).count, height: layout.pageLines + 1)
            }
            return []
        case .open:
            guard let id = state.focusedPane.selectedID else { return [] }
            return [.openRecord(state.focus, id)]
        case .back:
            if state.help != nil { state.help = nil } else if state.sheet != nil { state.sheet = nil } else { state.detail = nil }
            return []
        case .quit:
            return [.quit]
        case .startFilter:
            state.input = .filter
            return []
        case .clearFilter:
            guard !state.focusedPane.filter.isEmpty else { return [] }
            state.focusedPane.filter = ""
            state.focusedPane.anchor = .start
            return [.loadPane(state.focus)]
        case .startCommandLine:
            state.input = .command("")
            return []
        case .showOutbox:
            return [.loadOutbox]
        case .showDigest:
            return [.loadDigest]
        case .showStatistics:
            return [.loadStatistics]
        case .showHelp:
            state.help = state.mode
            state.helpScroll = 0
            return []
        case .toggleMark:
            guard state.focusedPane.selectedID != nil else { return [] }
            state.focusedPane.toggleMarkOnSelected()
            return perform(.moveDown, &state)
        case .redraw:
            return [.redrawFully]
        case .assignToMe: return triage(.assign(state.operatorLogin), &state)
        case .raisePriority: return triage(.adjustImpact(-1), &state)
        case .lowerPriority: return triage(.adjustImpact(1), &state)
        case .advanceStatus: return triage(.advanceStatus, &state)
        case .groupIntoCase:
            return group(&state)
        case .reply:
            return reply(&state)
        case .newPhoneReport:
            state.input = .form(EntryForm(.phoneReport))
            return []
        case .newNotice:
            state.input = .form(EntryForm(.notice))
            return []
        case .newNeed:
            state.input = .form(EntryForm(.need))
            return []
        case .newConsumer:
            state.input = .form(EntryForm(.consumer))
            return []
        case .forwardToProvider:
            guard let caseID = CommandLine.selected(.cases, state) else {
                state.message = StatusMessage("f forwards a provider case: open one, or select it in pane 2", isError: true)
                return []
            }
            return [.prepareForward(caseID: caseID)]
        case .confirm:
            guard let confirmation = state.confirmation else { return [] }
            state.confirmation = nil
            return [confirmation.effect]
        case .cancel:
            state.confirmation = nil
            state.message = StatusMessage("cancelled; nothing was sent")
            return []
        case .keepPersonalData:
            guard let keep = state.confirmation?.keepEffect else {
                state.message = StatusMessage("no national identity number was masked in these messages", isError: true)
                return []
            }
            state.confirmation = nil
            return [keep]
        case .undo:
            guard let change = state.lastChange else {
                state.message = StatusMessage("nothing to undo")
                return []
            }
            return [.undo(change)]
        }
    }

    private static func focus(_ pane: PaneKind, _ state: inout AppState) -> [Effect] {
        guard state.mode == .dashboard else { return [] }
        state.input = .none
        state.focus = pane
        return previewEffects(state)
    }

    /// The incidents a triage key applies to: the open incident, else the
    /// marked or selected rows of the incidents pane.
    static func triage(_ edit: TriageEdit, _ state: inout AppState) -> [Effect] {
        if let detail = state.detail {
            guard detail.pane == .incidents else {
                state.message = StatusMessage("only incidents are triaged", isError: true)
                return []
            }
            guard case .incident(let incident) = detail.record else { return [.triage(edit, ids: [detail.id], seen: [:])] }
            return [.triage(edit, ids: [detail.id], seen: [detail.id: incident.version])]
        }
        guard state.focus == .incidents else {
            state.message = StatusMessage("only incidents are triaged; 1 shows them", isError: true)
            return []
        }
        let pane = state.focusedPane
        let ids = pane.targetIDs
        guard !ids.isEmpty else { return [] }
        let effect = Effect.triage(edit, ids: ids, seen: pane.versionsSeen(ids))
        guard ids.count > 1 else { return [effect] }
        state.confirmation = Confirmation(question: edit.bulkQuestion(ids.count),
                                          preview: BulkPreview.lines(ids, in: pane), effect: effect)
        return []
    }

    /// `m`: the open incident, else the marked incidents, else the fault the
    /// banner proposes.
    private static func group(_ state: inout AppState) -> [Effect] {
        if let detail = state.detail {
            guard detail.pane == .incidents else {
                state.message = StatusMessage("only incidents are grouped into provider cases", isError: true)
                return []
            }
            guard case .incident(let incident) = detail.record else { return [.group([detail.id], seen: [:])] }
            return [.group([detail.id], seen: [detail.id: incident.version])]
        }
        let incidents = state.panes[.incidents]!
        if state.focus == .incidents && !incidents.marked.isEmpty {
            let ids = incidents.marked.sorted()
            let effect = Effect.group(ids, seen: incidents.versionsSeen(ids))
            guard ids.count > 1 else { return [effect] }
            state.confirmation = Confirmation(question: "Group \(ids.count) marked incidents into one provider case?",
                                              preview: BulkPreview.lines(ids, in: incidents), effect: effect)
            return []
        }
        if let proposal = state.overview.proposals.first { return [.groupProposal(proposal)] }
        state.message = StatusMessage("mark incidents with Space in pane 1, then m groups them", isError: true)
        return []
    }

    /// `r`: the known answer when the incident's code has one, else the
    /// command line ready for a free-text `:reply`.
    private static func reply(_ state: inout AppState) -> [Effect] {
        let target: (id: Int64, code: String?)?
        if let detail = state.detail {
            guard case .incident(let incident) = detail.record else {
                state.message = StatusMessage("r replies on an incident", isError: true)
                return []
            }
            target = (detail.id, incident.row.errorCode)
        } else if state.focus == .incidents, case .incidents(let rows) = state.focusedPane.rows,
                  state.focusedPane.selected < rows.count {
            let row = rows[state.focusedPane.selected]
            target = (row.id, row.errorCode)
        } else {
            target = nil
        }
        guard let target else {
            state.message = StatusMessage("r replies on an incident: select one in pane 1", isError: true)
            return []
        }
        if let answer = state.knownAnswers.answer(for: target.code) {
            return [.prepareReply(incidentID: target.id, text: answer, resolution: .notAFault)]
        }
        state.input = .command("reply ")
        return []
    }

    private static func scrolled(_ offset: Int, by command: Command, page: Int) -> Int {
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
