import Testing
@testable import SegmentCore
@testable import SegmentTUI
import SegmentTestSupport

/// The selected row's record is read in a moment without keys, so Enter
/// shows it at once; what changed since, by anyone, is read again.
@Suite("The selected record read ahead", .checkingStores)
struct RecordReadAheadTests {
    /// A demo segment in a file, so a second operator can change it.
    private final class Desk {
        let directory: TemporaryDirectory
        let kari: Store
        let bob: Store

        init() throws {
            directory = try TemporaryDirectory()
            let path = directory.path("segment.sqlite")
            kari = try testStore(path: path, operatorLogin: "kari", now: { testNow })
            var generator = DemoGenerator(store: kari, options: DemoOptions(consumers: 12, incidents: 80, seed: 7))
            try generator.generate()
            bob = try testStore(path: path, operatorLogin: "bob", now: { testNow })
        }
    }

    /// Reads every pane off screen, then whatever else an idle moment reads.
    private func settle(_ harness: inout Harness) {
        for _ in 0...PaneKind.allCases.count { harness.readAhead() }
    }

    @Test("with every pane read, an idle moment reads the selected record; once it is read, or with a record open, nothing")
    func idleReadsTheSelectedRecord() throws {
        var harness = Harness(store: try demoStore())
        settle(&harness)
        let id = try #require(harness.state.panes[.incidents]!.selectedID)
        #expect(harness.state.recordAhead?.detail.pane == .incidents && harness.state.recordAhead?.detail.id == id)
        var state = harness.state
        #expect(Reducer.reduce(&state, .idle) == [])
        harness.press(.character("j"))
        let next = try #require(harness.state.panes[.incidents]!.selectedID)
        state = harness.state
        #expect(Reducer.reduce(&state, .idle) == [.readRecordAhead(.incidents, next)])
        harness.press(.enter)
        state = harness.state
        #expect(Reducer.reduce(&state, .idle) == [])
    }

    @Test("Enter shows the record read ahead without reading it again")
    func enterUsesTheRecordReadAhead() throws {
        let store = try demoStore()
        var harness = Harness(store: store)
        settle(&harness)
        var ahead = try #require(harness.state.recordAhead)
        // A scroll no fresh read has: only the record read ahead can carry it.
        ahead.detail.scroll = 7
        var state = harness.state
        state.recordAhead = ahead
        let runner = EffectRunner(store: store, themes: ThemeLibrary(directories: []))
        #expect(runner.run(.openRecord(.incidents, ahead.detail.id), state: state) == .recordLoaded(ahead.detail))
    }

    @Test("Bob assigns the incident Kari's desk read ahead; Kari's Enter shows Bob as its assignee")
    func anotherOperatorsChangeIsReadAgain() throws {
        let desk = try Desk()
        var harness = Harness(store: desk.kari)
        settle(&harness)
        let id = try #require(harness.state.recordAhead?.detail.id)
        try desk.bob.triageDesk.triage(.assign("bob"), incidents: [id])
        harness.press(.enter)
        let incident = try #require(harness.state.detail?.record.incident)
        #expect(incident.assignee == "bob")
    }

    @Test("Kari's own change forgets the record read ahead, and Enter shows it changed")
    func ownChangeForgetsTheRecord() throws {
        var harness = Harness(store: try demoStore())
        settle(&harness)
        let id = try #require(harness.state.recordAhead?.detail.id)
        harness.press(.character("a"))
        #expect(harness.state.recordAhead == nil)
        harness.press(.enter)
        #expect(harness.state.detail?.id == id)
        #expect(harness.state.detail?.record.incident?.assignee == "kari")
    }
}
