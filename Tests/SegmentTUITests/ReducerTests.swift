import Testing
@testable import SegmentCore
@testable import SegmentTUI
import SegmentTestSupport

/// The reducer alone: given a state and what happened, the whole new state and
/// every effect are checked, so an unexpected change fails the test.
@Suite("Reducer", .checkingStores)
struct ReducerTests {
    private func rows(_ count: Int) -> PaneRows {
        PaneRows((0..<count).map { index -> IncidentRow in
            IncidentRow(id: Int64(index + 1), priority: .p2, status: .new, receivedAt: testNow - 60, slaDueAt: nil,
                        consumerName: "Bank \(index)", serviceKey: "inntekt-api", title: "HTTP 503",
                        errorCode: "HTTP 503", key: [.integer(2), .integer(Int64(index)), .integer(Int64(index + 1))])
        })
    }

    /// A state at 80x24 (15 visible rows) whose incidents pane holds `count` rows.
    private func state(rows count: Int, selected: Int = 0) -> AppState {
        var state = AppState(width: 80, height: 24, themeName: "default", operatorLogin: "kari", now: testNow, timeZone: utc)
        state.panes[.incidents]!.rows = rows(count)
        state.panes[.incidents]!.selected = selected
        return state
    }

    private func expect(_ start: AppState, _ action: Action, changes: (inout AppState) -> Void, effects: [Effect],
                        sourceLocation: SourceLocation = #_sourceLocation) {
        var actual = start
        let actualEffects = Reducer.reduce(&actual, action)
        var expected = start
        changes(&expected)
        #expect(actual == expected, sourceLocation: sourceLocation)
        #expect(actualEffects == effects, sourceLocation: sourceLocation)
    }

    @Test("a pane's effects compare by value: the same work is equal, other work or another pane's is not")
    func paneEffectsCompareByValue() {
        #expect(Effect.needs(.mergeNeed(needID: 1, into: 2, seen: nil)) == .needs(.mergeNeed(needID: 1, into: 2, seen: nil)))
        #expect(Effect.needs(.mergeNeed(needID: 1, into: 2, seen: nil)) != .needs(.mergeNeed(needID: 1, into: 3, seen: nil)))
        #expect(Effect.cases(.forwardCase(caseID: 1)) != .notices(.publishNotice(noticeID: 1)))
        #expect(Effect.cases(.forwardCase(caseID: 1)) != .loadPane(.cases))
        #expect(Effect.keepingPersonalData(.cases(.forwardCase(caseID: 1))) == .keepingPersonalData(.cases(.forwardCase(caseID: 1))))
    }

    @Test("j inside the window moves the selection and reads nothing")
    func moveWithinWindow() {
        expect(state(rows: 17), .keyPressed(.character("j")), changes: { $0.panes[.incidents]!.selected = 1 }, effects: [])
    }

    @Test("j on the last visible row moves the window one row down and reloads the pane")
    func scrollAtBottomEdge() {
        let start = state(rows: 15, selected: 13)
        expect(start, .keyPressed(.down), changes: {
            $0.panes[.incidents]!.anchor = .at(start.panes[.incidents]!.rows.key(1))
            $0.panes[.incidents]!.keepsRowOnLoad = true
        }, effects: [.loadPane(.incidents)])
    }

    @Test("j on the last row of all does nothing")
    func stopAtEnd() {
        expect(state(rows: 5, selected: 4), .keyPressed(.character("j")), changes: { _ in }, effects: [])
    }

    @Test("k on the first visible row reads the one row before the window")
    func scrollAtTopEdge() {
        var start = state(rows: 17)
        start.panes[.incidents]!.anchor = .at(start.panes[.incidents]!.rows.key(0))
        expect(start, .keyPressed(.character("k")), changes: {
            $0.panes[.incidents]!.anchor = .before(start.panes[.incidents]!.rows.key(0), count: 1)
            $0.panes[.incidents]!.keepsRowOnLoad = true
        }, effects: [.loadPane(.incidents)])
    }

    @Test("PgDn starts the window at the first row below it")
    func pageDown() {
        let start = state(rows: 15, selected: 3)
        expect(start, .keyPressed(.pageDown), changes: {
            $0.panes[.incidents]!.anchor = .at(start.panes[.incidents]!.rows.key(14))
            $0.panes[.incidents]!.keepsRowOnLoad = true
        }, effects: [.loadPane(.incidents)])
    }

    @Test("G reads the window from the end; g from the start")
    func topAndBottom() {
        expect(state(rows: 15, selected: 3), .keyPressed(.character("G")), changes: {
            $0.panes[.incidents]!.anchor = .end
            $0.panes[.incidents]!.selected = 13
            $0.panes[.incidents]!.keepsRowOnLoad = true
        }, effects: [.loadPane(.incidents)])
        expect(state(rows: 15, selected: 3), .keyPressed(.character("g")), changes: {
            $0.panes[.incidents]!.selected = 0
            $0.panes[.incidents]!.keepsRowOnLoad = true
        }, effects: [.loadPane(.incidents)])
    }

    @Test("Tab and 1-7 switch panes; Shift-Tab goes back round")
    func switchPanes() {
        expect(state(rows: 3), .keyPressed(.tab), changes: { $0.focus = .cases }, effects: [])
        expect(state(rows: 3), .keyPressed(.character("4")), changes: { $0.focus = .needs }, effects: [])
        expect(state(rows: 3), .keyPressed(.backTab), changes: { $0.focus = .knowledge }, effects: [])
    }

    @Test("at 160 columns and more but under 45 rows, a move also reads the preview of the new selection")
    func previewOnWideScreens() {
        var start = state(rows: 17)
        start.width = 200
        start.height = 40
        expect(start, .keyPressed(.character("j")), changes: { $0.panes[.incidents]!.selected = 1 },
               effects: [.loadPreview(.incidents, 2)])
    }

    @Test("Enter opens the selected record; Esc closes it")
    func openAndClose() {
        expect(state(rows: 3, selected: 2), .keyPressed(.enter), changes: { _ in }, effects: [.openRecord(.incidents, 3)])
        var open = state(rows: 3)
        open.detail = DetailState(pane: .incidents, id: 1, record: .need(NeedDetail(
            row: NeedRow(id: 1, title: "x", status: .collected, backers: 1, score: 1, legal: nil, version: 1, key: []),
            description: "", raisedBy: nil, raisedAt: 0, services: [], backings: [])), history: [])
        expect(open, .keyPressed(.escape), changes: { $0.detail = nil }, effects: [])
    }

    @Test("/ then typing filters from the start of the pane (the loader keeps a selected record that matches), one read per key; Esc clears")
    func filterAsYouType() {
        var typing = state(rows: 17, selected: 5)
        typing.input = .filter
        expect(typing, .keyPressed(.character("5")), changes: {
            $0.panes[.incidents]!.filter = "5"
        }, effects: [.loadPane(.incidents)])
        typing.panes[.incidents]!.filter = "503"
        expect(typing, .keyPressed(.escape), changes: {
            $0.input = .none
            $0.panes[.incidents]!.filter = ""
        }, effects: [.loadPane(.incidents)])
        expect(typing, .keyPressed(.enter), changes: { $0.input = .none }, effects: [])
    }

    @Test("Space marks the row and moves down; a triage key then asks first with the count, and y applies it to the marked rows as seen")
    func markThenAssign() {
        var marked = state(rows: 5)
        _ = Reducer.reduce(&marked, .keyPressed(.character(" ")))
        _ = Reducer.reduce(&marked, .keyPressed(.character(" ")))
        #expect(marked.panes[.incidents]!.marked == [1, 2])
        #expect(marked.panes[.incidents]!.markedVersions == [1: 1, 2: 1])
        #expect(marked.panes[.incidents]!.selected == 2)
        let effect = Effect.incidents(.triage(.assign("kari"), ids: [1, 2], seen: [1: 1, 2: 1]))
        expect(marked, .keyPressed(.character("a")), changes: {
            $0.overlay = .confirmation(Confirmation(question: Wording("Assign {1} to {2}?", Wording.counted(2, "{1} marked incident", "{1} marked incidents"), "kari"),
                                                    preview: [1, 2].map { Wording("#{1}  {2}  {3}  {4}", $0, "P2", Wording("new"), "HTTP 503") },
                                                    effect: effect))
        }, effects: [])
        var asked = marked
        _ = Reducer.reduce(&asked, .keyPressed(.character("a")))
        expect(asked, .keyPressed(.character("y")), changes: { $0.overlay = nil }, effects: [effect])
    }

    @Test("triage keys outside the incidents pane say why nothing happened")
    func triageOnlyIncidents() {
        var start = state(rows: 3)
        start.focus = .needs
        expect(start, .keyPressed(.character("a")), changes: {
            $0.message = StatusMessage(Wording("{1} works on {2}, not here", "a", Wording("the {1} pane ({2})", Wording.lowercased("Incidents"), 1)),
                                       isError: true)
        }, effects: [])
    }

    @Test("u with nothing to undo says so; after a change it asks the store to undo it")
    func undo() {
        expect(state(rows: 3), .keyPressed(.character("u")), changes: { $0.message = StatusMessage(Wording("nothing to undo")) },
               effects: [])
        var changed = state(rows: 3)
        let change = TriageChange(summary: "assigned 1 incident", entries: [])
        changed.lastChange = .triage(change)
        expect(changed, .keyPressed(.character("u")), changes: { _ in }, effects: [.undo(.triage(change))])
    }

    @Test(": commands: theme, sev, unknown names, and every keymap name")
    func commandLine() {
        var typing = state(rows: 3)
        typing.input = .command("theme mono")
        expect(typing, .keyPressed(.enter), changes: { $0.input = .none }, effects: [.applyTheme("mono")])
        typing.input = .command("sev 1 2")
        expect(typing, .keyPressed(.enter), changes: { $0.input = .none },
               effects: [.incidents(.triage(.assess(Assessment(impact: 1, urgency: 2)), ids: [1], seen: [1: 1]))])
        typing.input = .command("sev 9")
        expect(typing, .keyPressed(.enter), changes: {
            $0.input = .none
            $0.message = StatusMessage(Wording("usage: :{1}", Wording("sev IMPACT URGENCY (each 1 high to 3 low)")), isError: true)
        }, effects: [])
        typing.input = .command("frobnicate")
        expect(typing, .keyPressed(.enter), changes: {
            $0.input = .none
            $0.message = StatusMessage(Wording("unknown command :{1}; ? lists the commands", "frobnicate"), isError: true)
        }, effects: [])
        typing.input = .command("needs")
        expect(typing, .keyPressed(.enter), changes: { $0.input = .none; $0.focus = .needs }, effects: [])
    }

    @Test("q on the dashboard quits; ? opens help for the current view")
    func quitAndHelp() {
        expect(state(rows: 3), .keyPressed(.character("q")), changes: { _ in }, effects: [.quit])
        expect(state(rows: 3), .keyPressed(.character("?")), changes: { $0.overlay = .help(.dashboard) }, effects: [])
    }

    @Test("another operator's change reads the visible pane, every pane's counts and the header; the panes off screen wait")
    func outsideChange() {
        var start = state(rows: 3)
        for kind in PaneKind.allCases { start.panes[kind]!.countedFilter = "" }
        let hidden: [PaneKind] = [.cases, .notices, .needs, .consumers, .providers, .knowledge]
        expect(start, .outsideChangeNoticed, changes: {
            for kind in PaneKind.allCases { $0.panes[kind]!.countedFilter = nil }
            for kind in hidden { $0.panes[kind]!.isStale = true }
        }, effects: [.loadPane(.incidents)] + hidden.map(Effect.countPane) + [.loadOverview])
    }

    @Test("a pane changed while off screen is read when it is shown, and its preview after it")
    func stalePaneReadWhenShown() {
        var start = state(rows: 3)
        start.panes[.cases]!.isStale = true
        expect(start, .keyPressed(.character("2")), changes: { $0.focus = .cases }, effects: [.loadPane(.cases)])
    }

    @Test("an idle moment reads the next pane off screen that is out of date, in Tab order from the focus; none, nothing")
    func idleReadsStalePanes() {
        var start = state(rows: 3)
        start.focus = .notices
        start.panes[.cases]!.isStale = true
        start.panes[.needs]!.isStale = true
        expect(start, .idle, changes: { _ in }, effects: [.loadPane(.needs)])
        start.panes[.needs]!.isStale = false
        expect(start, .idle, changes: { _ in }, effects: [.loadPane(.cases)])
        start.panes[.cases]!.isStale = false
        expect(start, .idle, changes: { _ in }, effects: [])
    }

    @Test("a resize reads every pane again for the new page height")
    func resize() {
        expect(state(rows: 3), .resized(width: 120, height: 40), changes: { $0.width = 120; $0.height = 40 },
               effects: PaneKind.allCases.map(Effect.loadPane))
    }
}

@Suite("The program loop", .checkingStores)
struct ProgramLoopTests {
    @Test("q on the dashboard leaves the quit to the terminal; Esc in a record does not")
    func quitGoesToTheTerminal() throws {
        var harness = Harness(store: try demoStore())
        harness.press(.enter, .escape)
        #expect(!harness.quits)
        harness.press(.character("q"))
        #expect(harness.quits)
    }

    @Test("an action's effects all run before the loop returns: Tab focuses the next pane with its rows loaded and its preview read")
    func effectsRunToTheEnd() throws {
        var harness = Harness(store: try demoStore(), width: 170, height: 40)
        harness.press(.tab)
        #expect(harness.state.focus == .cases)
        let selected = try #require(harness.state.focusedPane.selectedID)
        guard let detail = harness.state.preview?.providerCase else { Issue.record("no case in the preview"); return }
        #expect(detail.row.id == selected)
    }
}
