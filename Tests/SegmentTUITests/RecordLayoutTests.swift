import Testing
@testable import SegmentTUI
import SegmentCore
import SegmentTestSupport

/// A record is laid out once and kept while nothing it shows changes; it is
/// laid out again when the clock, the language or the width changes it.
@Suite("A record kept laid out", .checkingStores)
struct RecordLayoutTests {
    @Test("given an open report of HTTP 503, the clock, bokmål and a narrower screen each redraw its lines")
    func layoutFollowsWhatItShows() throws {
        let store = try emptyStore()
        _ = try threeBanksReporting(["503 fra inntekt-api", "503 igjen", "Tidsavbrudd"], in: store)
        var harness = Harness(store: store, width: 100, height: 30)
        harness.press(.enter)
        let opened = harness.screen.text
        #expect(opened.contains("Received"))
        #expect(harness.screen.text == opened, "drawn again from the kept lines")

        harness.send(.clockTicked(testNow + 5 * 3600))
        let later = harness.screen.text
        #expect(opened.contains("SLA          7h40 left"))
        #expect(later.contains("SLA          2h40 left"), "the SLA line reads the clock")

        let bokmal = Language.$interface.withValue(.bokmal) { harness.screen.text }
        #expect(bokmal.contains("Mottatt") && !bokmal.contains("Received"))
        #expect(harness.screen.text == later, "English again once bokmål is done")

        harness.send(.resized(width: 60, height: 30))
        let narrow = harness.screen.lines
        #expect(narrow.allSatisfy { DisplayWidth.of($0) <= 60 })
        #expect(narrow.joined() != later.replacingOccurrences(of: "\n", with: ""))
    }

    @Test("the preview beside the list leaves the history out, in bokmål as in English", arguments: [Language.english, .bokmal])
    func previewWithoutHistory(language: Language) throws {
        try Language.$interface.withValue(language) {
            var harness = Harness(store: try demoStore(), width: 170, height: 30)
            harness.press(.character("j"))
            #expect(harness.state.preview != nil)
            let text = harness.screen.text
            #expect(!text.contains(localized("History")) && !text.contains(localized("nothing recorded yet")))
        }
    }

    @Test("a journal value from outside is cleaned in the record's history; the arrow between before and after stays")
    func historyValuesCleaned() throws {
        let store = try emptyStore()
        let ids = try threeBanksReporting(["503", "503 igjen", "Tidsavbrudd"], in: store)
        damagedOnPurpose(store)
        try store.database.run("""
            INSERT INTO journal (at, operator, entity, entity_id, action, before, after)
            VALUES (?, 'kari', 'incident', ?, 'title', 'Gammel', ?)
            """, [.integer(testNow), .integer(ids[0]), .text("Ny\u{1B}]52;c;ZXZpbA==\u{07} tittel")])
        var harness = Harness(store: store, width: 100, height: 30)
        harness.press(.enter)
        let history = try #require(harness.screen.lines.first { $0.contains("kari title:") })
        #expect(history.hasSuffix("kari title: Gammel → Ny\u{FFFD} tittel"))
        #expect(!harness.screen.text.contains("\u{1B}"))
    }
}
