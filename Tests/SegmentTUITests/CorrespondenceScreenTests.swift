import Foundation
import Testing
@testable import SegmentCore
@testable import SegmentTUI
import SegmentTestSupport

/// The operator reads a consumer's correspondence from its record.
@Suite("A consumer's messages on screen", .checkingStores)
struct CorrespondenceScreenTests {
    @Test("a consumer's record lists its newest messages; M lists them, j chooses, Enter shows one whole, Esc goes back to the list, then to the record")
    func readOneMessage() throws {
        let store = try testStore(path: ":memory:", operatorLogin: "kari", now: { testNow })
        let incidents = try threeBanksReporting(["HTTP 503 fra inntekt-api", "HTTP 503", "HTTP 503"], in: store)
        try Replies(store: store).send(incidentID: incidents[0], text: "Vi ser på det.", resolution: nil)
        try Replies(store: store).send(incidentID: incidents[0], text: "Rettet hos tilbyder i natt.", resolution: nil)
        var harness = Harness(store: store)
        harness.press(.character("5"), .enter)
        #expect(harness.state.detail?.pane == .consumers)
        #expect(harness.screen.text.contains("Messages (2, newest first)"))
        harness.press(.character("M"))
        guard case .correspondence(let sheet)? = harness.state.sheet else { Issue.record("no list of messages"); return }
        #expect(sheet.correspondence.entries.count == 2 && sheet.selected == 0)
        #expect(harness.screen.text.contains("▸ 13:00 out · incident #\(incidents[0]) · queued"))
        harness.press(.character("j"), .enter)
        guard case .message(let message, _)? = harness.state.sheet else { Issue.record("no message"); return }
        #expect(message.body.contains("Vi ser på det."))
        #expect(harness.screen.text.contains("Vi ser på det."))
        harness.press(.escape)
        guard case .correspondence(let back)? = harness.state.sheet else { Issue.record("Esc did not go back to the list"); return }
        #expect(back.selected == 1)
        harness.press(.escape)
        #expect(harness.state.sheet == nil && harness.state.detail?.pane == .consumers)
    }

    @Test("an incident's record shows the messages sent about it")
    func incidentRecord() throws {
        let store = try testStore(path: ":memory:", operatorLogin: "kari", now: { testNow })
        let incidents = try threeBanksReporting(["HTTP 503", "HTTP 503", "HTTP 503"], in: store)
        try Replies(store: store).send(incidentID: incidents[0], text: "Vi ser på det.", resolution: nil)
        var harness = Harness(store: store)
        harness.press(.character("1"), .enter)
        #expect(harness.state.detail?.id == incidents[0])
        #expect(harness.screen.text.contains("Messages sent (1, newest first)"))
    }
}
