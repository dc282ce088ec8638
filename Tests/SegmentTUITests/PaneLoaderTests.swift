import Testing
@testable import SegmentCore
@testable import SegmentTUI
import SegmentTestSupport

@Suite("Reading a pane's window and counts", .checkingStores)
struct PaneLoaderTests {
    @Test("a one-letter incident filter searches nothing, so it matches the pane's total as already read; two letters are counted")
    func shortFilterReusesTheTotal() throws {
        let store = try demoStore()
        let loader = PaneLoader(store: store)
        var pane = PaneState()
        func read() throws {
            let window = try loader.read(.incidents, pane, rows: 16)
            pane.rows = window.rows
            if let counts = window.counts { pane.take(counts) }
        }
        try read()
        #expect(pane.total == 600)
        // Stands for the total read when the pane opened; on a million
        // incidents counting them again costs a keystroke 10 ms.
        pane.total = 543
        pane.filter = "t"
        try read()
        #expect(pane.matching == 543)
        #expect(pane.countedFilter == "t")

        pane.filter = "ti"
        try read()
        #expect(pane.matching == (try store.incidentCount(filter: "ti")))
    }
}
