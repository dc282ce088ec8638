import Foundation
import Testing
@testable import SegmentCore
@testable import SegmentTUI
import SegmentTestSupport

/// The selection stays on the record the operator chose, whatever moves the
/// rows around it, so the next key acts on that record and no other.
@Suite("The selection follows its record", .checkingStores)
struct SelectionFollowsRecordTests {
    private func selectedID(_ harness: Harness) -> Int64? { harness.state.panes[.incidents]!.selectedID }

    @Test("given the demo at 80x24, lowering the third incident's priority twice re-sorts the list, and Enter opens that same incident")
    func lowerPriorityKeepsTheRecord() throws {
        var harness = Harness(store: try demoStore(), width: 80, height: 24)
        harness.press(.character("j"), .character("j"))
        let chosen = try #require(selectedID(harness))
        harness.press(.character("S"))
        #expect(selectedID(harness) == chosen)
        harness.press(.character("S"))
        #expect(selectedID(harness) == chosen)
        harness.press(.enter)
        #expect(harness.state.detail?.id == chosen)
        #expect(harness.screen.text.contains("Incident #\(chosen):"))
    }

    @Test("another operator's change that moves rows leaves the selection and the marks on the same records")
    func outsideChangeKeepsTheRecord() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("segdesk-follow-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let store = try testStore(path: path, operatorLogin: "kari", now: { testNow })
        var generator = DemoGenerator(store: store, options: DemoOptions(consumers: 40, incidents: 600, seed: 7))
        try generator.generate()
        var harness = Harness(store: store, width: 80, height: 24)
        harness.press(.character("j"), .character(" "), .character("k"), .character("k"), .character("k"))
        harness.press(.character("j"), .character("j"), .character("j"))
        let chosen = try #require(selectedID(harness))
        let marked = harness.state.panes[.incidents]!.marked
        let above = try #require(harness.state.panes[.incidents]!.rows.id(0) as Int64?)
        let bob = try testStore(path: path, operatorLogin: "bob", now: { testNow })
        try bob.triageDesk.triage(.setStatus(.closed, .duplicate), incidents: [above])
        harness.send(.outsideChangeNoticed)
        #expect(selectedID(harness) == chosen)
        #expect(harness.state.panes[.incidents]!.marked == marked)
    }

    @Test("a filter that still matches the selected record keeps it selected; one that hides it starts at the top of the matches")
    func filterKeepsOrStartsAtTop() throws {
        let store = try demoStore()
        var harness = Harness(store: store, width: 80, height: 24)
        harness.press(.character("j"), .character("j"), .character("j"), .character("j"))
        let chosen = try #require(selectedID(harness))
        let code = try #require(try store.incident(id: chosen).row.errorCode)
        harness.press(.character("/"))
        harness.type(String(code.filter(\.isLetter).prefix(3)).lowercased())
        #expect(selectedID(harness) == chosen)
        harness.type("zzzq")
        #expect(harness.state.panes[.incidents]!.selected == 0)
    }
}
