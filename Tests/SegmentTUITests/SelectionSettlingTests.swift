import Testing
@testable import SegmentCore
@testable import SegmentTUI
import SegmentTestSupport

/// The loader hands the reducer windows of rows; the reducer keeps the
/// selection on its record, asking where it went when the window lost it.
@Suite("The reducer settles the selection", .checkingStores)
struct SelectionSettlingTests {
    /// Incidents with these ids, in this order.
    private func rows(_ ids: [Int64]) -> PaneRows {
        PaneRows(ids.enumerated().map { index, id -> IncidentRow in
            IncidentRow(id: id, priority: .p2, status: .new, receivedAt: testNow - 60, slaDueAt: nil,
                        consumerName: "Bank \(id)", serviceKey: "inntekt-api", title: "HTTP 503",
                        errorCode: "HTTP 503", key: [.integer(2), .integer(Int64(index)), .integer(id)])
        })
    }

    /// At 80x24 (16 rows show), incident `selected` selected among 1...20.
    private func state(selecting selected: Int64) -> AppState {
        var state = AppState(width: 80, height: 24, themeName: "default", operatorLogin: "kari", now: testNow, timeZone: utc)
        state.panes[.incidents]!.rows = rows(Array(1...17))
        state.panes[.incidents]!.selected = Int(selected) - 1
        state.panes[.incidents]!.countedFilter = ""
        return state
    }

    @Test("given #4 selected, a window where it moved to the fifth row selects it there")
    func sameRecordOnItsNewRow() {
        var state = state(selecting: 4)
        let effects = Reducer.reduce(&state, .paneRead(.incidents, PaneWindow(anchor: .start, rows: rows([1, 2, 3, 5, 4, 6]))))
        #expect(state.focusedPane.selectedID == 4 && state.focusedPane.selected == 4)
        #expect(effects.isEmpty)
    }

    @Test("given #4 selected, a window without it selects the nearest row and asks where #4 went; the window found selects it")
    func recordThatLeftTheWindow() {
        var state = state(selecting: 4)
        let effects = Reducer.reduce(&state, .paneRead(.incidents, PaneWindow(anchor: .start, rows: rows([1, 2, 3, 5, 6]))))
        #expect(effects == [.locateRecord(.incidents, id: 4, screenRow: 3)])
        #expect(state.focusedPane.selected == 3)
        let found = PaneWindow(anchor: .at([.integer(2), .integer(40), .integer(37)]), rows: rows([37, 38, 39, 4, 40]))
        #expect(Reducer.reduce(&state, .recordLocated(.incidents, id: 4, found)).isEmpty)
        #expect(state.focusedPane.selectedID == 4 && state.focusedPane.selected == 3)
        #expect(state.focusedPane.anchor == found.anchor)
    }

    @Test("given #4 selected and gone from the pane, the nearest row stays selected; a new filter that hides it starts at the first match")
    func recordGone() {
        var state = state(selecting: 4)
        _ = Reducer.reduce(&state, .paneRead(.incidents, PaneWindow(anchor: .start, rows: rows([1, 2, 3, 5, 6]))))
        _ = Reducer.reduce(&state, .recordLocated(.incidents, id: 4, nil))
        #expect(state.focusedPane.selectedID == 5)

        var filtered = self.state(selecting: 4)
        filtered.panes[.incidents]!.filter = "tidsavbrudd"
        let counts = PaneCounts(total: 20, matching: 2, matchingIsFloor: false, filter: "tidsavbrudd")
        _ = Reducer.reduce(&filtered, .paneRead(.incidents, PaneWindow(anchor: .start, rows: rows([9, 12]), counts: counts)))
        #expect(filtered.focusedPane.selectedID == 9)
        #expect(filtered.focusedPane.matching == 2 && filtered.focusedPane.countedFilter == "tidsavbrudd")
    }

    @Test("a move keeps the selected row, and G selects the last row shown")
    func movesKeepTheRow() {
        var state = state(selecting: 4)
        state.panes[.incidents]!.keepsRowOnLoad = true
        let effects = Reducer.reduce(&state, .paneRead(.incidents, PaneWindow(anchor: .at([]), rows: rows(Array(2...18)))))
        #expect(effects.isEmpty && state.focusedPane.selected == 3 && state.focusedPane.selectedID == 5)
        #expect(!state.focusedPane.keepsRowOnLoad)

        var end = self.state(selecting: 1)
        end.panes[.incidents]!.anchor = .end
        end.panes[.incidents]!.keepsRowOnLoad = true
        _ = Reducer.reduce(&end, .paneRead(.incidents, PaneWindow(anchor: .at([]), rows: rows(Array(6...19)))))
        #expect(end.focusedPane.selectedID == 19)
    }
}
