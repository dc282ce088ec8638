import Testing
@testable import SegmentTUI
import SegmentCore
import SegmentTestSupport

/// A record is laid out once and kept while nothing it shows changes; it is
/// laid out again when the clock, the language or the width changes it.
@Suite("A record kept laid out")
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
}
