import Foundation
import Testing
@testable import SegmentCore
@testable import SegmentTUI
import SegmentTestSupport

/// The operator works the segment's needs from the needs pane.
@Suite("Needs on screen", .checkingStores)
struct NeedScreenTests {

    @Test(":merge carries the selected need's backers into another, u takes it back; merging into itself says so")
    func mergeAndUndo() throws {
        let store = try demoStore()
        var harness = Harness(store: store)
        harness.press(.character("4"), .character("j"))
        let source = try #require(harness.state.focusedPane.selectedID)
        let target: Int64 = source == 1 ? 2 : 1
        let backersBefore = try store.needDesk.need(id: target).row.backers
        harness.command("merge \(source)")
        #expect(harness.state.message?.text == "need #\(source) cannot be merged into itself; nothing was changed")
        harness.command("merge \(target)")
        #expect(harness.state.message?.text == "need #\(source) merged into need #\(target) (u undoes)")
        #expect(try store.needDesk.need(id: source).row.status == .merged)
        #expect(try store.needDesk.need(id: target).row.backers >= backersBefore)
        harness.press(.character("u"))
        #expect(harness.state.message?.text == "undone: need #\(source) merged into need #\(target)")
        #expect(try store.needDesk.need(id: source).row.status != .merged)
        #expect(try store.needDesk.need(id: target).row.backers == backersBefore)
    }

    @Test(":status sent on the needs pane asks first with the number of backers, y tells each; on incidents it is the incident's")
    func statusOnNeeds() throws {
        let store = try demoStore()
        var harness = Harness(store: store)
        harness.press(.character("4"))
        let id = try #require(harness.state.focusedPane.selectedID)
        let before = try store.outbox.messages().count
        harness.command("status sent Sendt til Skatteetaten")
        let box = try #require(harness.state.confirmation)
        #expect(box.question.description.hasPrefix("Move need #\(id) to sent and tell its"))
        harness.press(.character("y"))
        #expect(try store.needDesk.need(id: id).row.status == .sent)
        #expect(try store.outbox.messages().count > before)
        harness.press(.character("1"))
        harness.command("status sent")
        #expect(harness.state.message?.text.hasPrefix("usage: :status") == true)
    }

    @Test("D shows the provider's digest over the dashboard, naming the top need")
    func digestSheet() throws {
        let store = try demoStore()
        var harness = Harness(store: store)
        harness.press(.character("D"))
        let top = try #require(try store.digest(days: 7).needs.first)
        #expect(harness.screen.text.contains("Segment digest for"))
        #expect(harness.screen.text.contains("1. \(top.title)"))
    }

    @Test("n on the needs pane opens the need form; Enter with a consumer records the need; a bad number stays in the form")
    func needForm() throws {
        let store = try demoStore()
        var harness = Harness(store: store)
        harness.press(.character("4"), .character("n"))
        #expect(harness.screen.text.contains("New need"))
        let description = try #require(harness.screen.lines.first { $0.contains("Descriptio") })
        #expect(description.contains("Description  what the segment needs"), "each label whole, apart from its hint")
        harness.type("Inntekt per måned")
        harness.press(.tab, .tab)
        harness.type("999999999")
        harness.press(.enter)
        guard let form = harness.state.form else { Issue.record("the form closed"); return }
        #expect(form.problem == Wording("no consumer has organisation number {1}", "999999999"))
        let number = try #require(try store.consumers.window(anchor: .start, limit: 1).first?.organisationNumber)
        for _ in 0..<9 { harness.press(.backspace) }
        harness.type(number)
        harness.press(.enter)
        #expect(harness.state.input == .none)
        #expect(try store.needs.count() == 31)
    }
}
