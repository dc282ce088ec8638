import Foundation
import Testing
@testable import SegmentCore
@testable import SegmentTUI
import SegmentTestSupport

/// The operator publishes a notice and records answers from the notices pane.
@Suite("Publishing a notice on screen", .checkingStores)
struct NoticeScreenTests {

    @Test("on the demo the draft comes first; :publish shows the count and the first message, y queues exactly that many")
    func publishTheDraft() throws {
        let store = try demoStore()
        var harness = Harness(store: store)
        harness.press(.character("3"))
        #expect(harness.screen.text.contains("3 Change notices  15 · 1 draft"))
        let draft = try #require(harness.state.focusedPane.selectedID)
        let audience = try store.notice(id: draft).row.audience
        #expect(try store.notice(id: draft).row.status == .draft && audience > 0)
        let before = try store.outbox.messages().count
        harness.command("publish")
        let box = try #require(harness.state.confirmation)
        #expect(box.question.description.hasPrefix("Publish notice #\(draft): queue \(audience) messages, one per consumer"))
        #expect(box.preview.contains { $0.description.hasPrefix("Subject: [SEG-N\(draft)] Vedlikehold:") })
        #expect(try store.outbox.messages().count == before)
        harness.press(.character("y"))
        #expect(harness.state.message?.text == "notice #\(draft) published; \(audience) messages queued (segdesk outbox deliver sends them)")
        #expect(try store.outbox.messages().count == before + audience)
        #expect(try store.notice(id: draft).row.status == .published)
        #expect(!harness.screen.text.contains("· 1 draft"))
    }

    @Test(":ack records a bank's answer in the open record; an unknown state says which there are and changes nothing")
    func acknowledgeInTheRecord() throws {
        let store = try demoStore()
        var harness = Harness(store: store)
        harness.press(.character("3"), .character("j"), .enter)
        let id = try #require(harness.state.detail?.id)
        let silent = try #require(try store.notice(id: id).acknowledgements.first { $0.state == .pending })
        harness.command("ack \(silent.organisationNumber) happy")
        #expect(harness.state.message?.text.hasPrefix("no state \"happy\"; the states are pending, acknowledged") == true)
        harness.command("ack \(silent.organisationNumber) assessed må endre klient")
        #expect(harness.state.message?.text == "\(silent.consumerName) is assessed on notice #\(id)")
        let answer = try #require(try store.notice(id: id).acknowledgements.first { $0.organisationNumber == silent.organisationNumber })
        #expect(answer.state == .assessed && answer.note == "må endre klient" && answer.answeredBy == "kari")
        #expect(harness.screen.text.contains("assessed · \(silent.consumerName)"))
    }

    @Test(":publish on the incidents pane says where it works; ? on the notices pane lists it")
    func scoped() throws {
        var harness = Harness(store: try demoStore())
        harness.command("publish")
        #expect(harness.state.message?.text == ":publish works on the change notices pane (3) and the knowledge pane (7), not here")
        #expect(HelpView.lines(for: .dashboard, on: .notices).contains { $0.label == ":publish" })
        #expect(!HelpView.lines(for: .dashboard, on: .incidents).contains { $0.label == ":publish" })
    }

    @Test("n on the notices pane writes a draft from the form; a bad date is shown in the form and focuses its field")
    func noticeForm() throws {
        let store = try demoStore()
        var harness = Harness(store: store)
        harness.press(.character("3"), .character("n"))
        #expect(harness.screen.text.contains("New notice (a draft until :publish)"))
        harness.type("information")
        harness.press(.tab)
        harness.type("inntekt-api")
        harness.press(.tab)
        harness.type("test")
        harness.press(.tab)
        harness.type("15.12.2026")
        harness.press(.tab)
        harness.type("2026-12-15 08:00")
        harness.press(.tab, .tab, .tab)
        harness.type("Ny veileder for samtykke")
        harness.press(.enter)
        guard let form = harness.state.form else { Issue.record("the form closed"); return }
        #expect(form.problem == "Effective must be a date such as 2026-12-15, or 2026-12-15 06:00" && form.focusedField.key == "effective")
        for _ in 0..<10 { harness.press(.backspace) }
        harness.type("2026-12-15")
        harness.press(.enter)
        #expect(harness.state.form == nil)
        #expect(harness.state.message?.text.hasPrefix("notice #16 kept as a draft reaching") == true)
        let notice = try store.notice(id: 16)
        #expect(notice.row.status == .draft && notice.row.kind == .information && notice.row.title == "Ny veileder for samtykke")
        #expect(notice.environment == .test && notice.endsAt == Timestamp.parse("2026-12-15T07:00:00Z"))
    }

    @Test(":withdraw on a published notice shows the count and the first message; y queues one per consumer sent it and shows withdrawn")
    func withdrawPublished() throws {
        let store = try demoStore()
        var harness = Harness(store: store)
        harness.press(.character("3"), .character("j"), .enter)
        let id = try #require(harness.state.detail?.id)
        let notice = try store.notice(id: id)
        let sent = notice.acknowledgements.filter { $0.sentAt != nil }.count
        #expect(notice.row.status == .published && sent > 0)
        let before = try store.outbox.messages().count
        harness.command("withdraw")
        #expect(harness.state.message?.text.hasPrefix("usage: :withdraw REASON") == true)
        harness.command("edit colour red")
        #expect(harness.state.message?.text.hasPrefix("a notice has no field \"colour\"; the fields are title, text") == true)
        harness.command("withdraw Endringen er utsatt på ubestemt tid")
        let box = try #require(harness.state.confirmation)
        #expect(box.question.description.hasPrefix("Correct notice #\(id): queue \(sent) messages, one per consumer sent it"))
        #expect(box.preview.contains { $0.description.hasPrefix("Subject: [SEG-N\(id)] Trukket tilbake:") })
        #expect(try store.outbox.messages().count == before)
        harness.press(.character("y"))
        #expect(harness.state.message?.text.hasPrefix("notice #\(id) withdrawn; \(sent) corrections queued") == true)
        #expect(try store.outbox.messages().count == before + sent)
        #expect(harness.screen.text.contains("Endringen er utsatt på ubestemt tid"))
        #expect(harness.screen.text.contains("withdrawn · nothing is asked of the") && !harness.screen.text.contains("SILENT"), "\(harness.screen.text)")
        harness.command("postpone 2030-01-01")
        #expect(harness.state.message?.text == "notice #\(id) is withdrawn; nothing was changed")
    }
}
