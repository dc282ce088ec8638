import Foundation
import Testing
@testable import SegmentCore
@testable import SegmentTUI
import SegmentTestSupport

@Suite("A mail report in the dashboard", .checkingStores)
struct MailReportScreenTests {
    /// A report by mail from an address segdesk does not know, with a reply on it.
    private func store() throws -> Store {
        try mailStore([
            (600, "From: Ola <ola@gmail.example>\r\nSubject: Får ikke svar\r\nMessage-ID: <m1@gmail.example>\r\n\r\nHjelp\r\n"),
            (60, "From: ola@gmail.example\r\nSubject: Re: [SEG-1] Får ikke svar\r\n\r\nGjelder Fjordbanken\r\n"),
        ])
    }

    @Test("the header counts the unmatched report; the open report says it is unmatched and unsorted and how to fix both; the commands fix them")
    func attachFromTheRecord() throws {
        var harness = Harness(store: try store(), width: 100, height: 40)
        #expect(harness.screen.lines[0].contains("1 unmatched"))
        harness.press(.enter)
        var text = harness.screen.text
        #expect(text.contains("unmatched sender: attach with :consumer ORGNO"))
        #expect(text.contains("not known yet: name it with :service KEY"))
        #expect(text.contains("Replies from the reporter, newest first"))
        #expect(text.contains("Gjelder Fjordbanken"))

        harness.type(":consumer 974760673")
        harness.press(.enter)
        harness.type(":service inntekt-api")
        harness.press(.enter)
        text = harness.screen.text
        #expect(text.contains("Fjordbanken (974 760 673)"))
        #expect(text.contains("inntekt-api (production)"))
        #expect(!text.contains("unmatched sender"))
        #expect(!harness.screen.lines[0].contains("unmatched"))
    }
}

@Suite("Like errors from an unmatched sender", .checkingStores)
struct UnmatchedSameFaultTests {
    @Test("a coded report from an unmatched sender does not claim \"0 consumers\" report its fault; it says it counts once attached")
    func unmatchedSenderCountsOnceAttached() throws {
        let store = try testStore(path: ":memory:", operatorLogin: "kari", now: { testNow })
        let provider = try store.providers.add(key: "ske", name: "Skatteetaten", email: "p@example.no")
        _ = try store.providers.addService(providerID: provider, key: "inntekt-api", name: "Inntekt", environments: [.production])
        let mail = "From: ola@gmail.example\r\nSubject: inntekt-api gir HTTP 503\r\n\r\nhei\r\n"
        _ = try MailIntake(store: store).take(try InboundMail.parse(Array(mail.utf8)), deliveredAt: testNow - 60)
        var harness = Harness(store: store, width: 120, height: 40)
        harness.press(.enter)
        let text = harness.screen.text
        #expect(text.contains("no consumer within an hour of this report (this sender counts once attached to its consumer)"))
        #expect(!text.contains("0 consumers"))
    }
}

@Suite("The outbox in the dashboard", .checkingStores)
struct OutboxScreenTests {
    @Test("o shows a message that failed to send with its attempts and last error, and q closes it")
    func failedMessageVisible() throws {
        let store = try demoStore()
        try store.outbox.queue(to: "drift@fjordbanken.example", subject: "[SEG-1] Re: HTTP 503", body: "x",
                               entity: .incident, entityID: 1)
        let report = try Outbox(store: store, transport: .sendmail(path: "/nonexistent/sendmail"), from: "s@c.example").deliverDue()
        #expect(report.failed.count == 1)
        var harness = Harness(store: store, width: 100, height: 30)
        #expect(harness.screen.lines[0].contains("1 failed"))
        harness.press(.character("o"))
        let text = harness.screen.text
        #expect(text.contains("Outbox: 1 not sent (1 failed, 0 uncertain, 0 waiting)"))
        #expect(text.contains("FAILED to drift@fjordbanken.example"))
        #expect(text.contains("Attempts         1, next try 2026-11-26 13:01"), "the segment's time, Oslo")
        #expect(text.contains("Last error       cannot run /nonexistent/sendmail"))
        #expect(harness.screen.lines.allSatisfy { DisplayWidth.of($0) <= 100 })
        harness.press(.character("q"))
        #expect(harness.state.sheet == nil && harness.state.mode == .dashboard)
    }
}

@Suite("The help at 80 columns", .checkingStores)
struct HelpWrappingTests {
    @Test("a long help line wraps into the text column, under its own text, not under the keys")
    func wrapsIntoTextColumn() throws {
        var harness = Harness(store: try demoStore())
        harness.press(.character("?"))
        harness.press(.pageDown)
        let lines = harness.screen.lines
        let group = try #require(lines.firstIndex { $0.hasPrefix(" m ") })
        #expect(lines[group + 1].hasPrefix(String(repeating: " ", count: 18)) && lines[group + 1].contains(":group"))
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    }
}

@Suite("A filter too short to search", .checkingStores)
struct ShortFilterTests {
    @Test("one letter in the incidents filter searches nothing yet: the pane says so and keeps its usual counts")
    func oneLetter() throws {
        var harness = Harness(store: try demoStore())
        harness.press(.character("/"))
        harness.type("h")
        #expect(harness.screen.lines[1] == " 1 Incidents  56 open · 600 · /h (type 2 or more letters)")
        harness.type("tt")
        #expect(harness.screen.lines[1].hasSuffix(" · /htt, latest first"))
    }
}

@Suite("Undo after a change it cannot take back", .checkingStores)
struct UndoAfterOtherChangesTests {
    @Test("after :note (not undoable), u says there is nothing to undo instead of taking back the earlier assignment")
    func noteEndsTheUndoChain() throws {
        let store = try demoStore()
        var harness = Harness(store: store)
        let id = try #require(harness.state.focusedPane.selectedID)
        harness.press(.character("a"))
        #expect(try store.incident(id: id).assignee == "kari")
        harness.type(":note ringte banken")
        harness.press(.enter)
        harness.press(.character("u"))
        #expect(harness.state.message?.text == "nothing to undo")
        #expect(try store.incident(id: id).assignee == "kari")
    }

    @Test("r in the outbox sheet puts the failed message back for the next delivery, and the sheet says it waits")
    func retryFromTheSheet() throws {
        let store = try demoStore()
        try store.outbox.queue(to: "drift@fjordbanken.example", subject: "[SEG-1] Re: HTTP 503", body: "x", entity: .incident, entityID: 1)
        _ = try Outbox(store: store, transport: .sendmail(path: "/nonexistent/sendmail"), from: "s@c.example").deliverDue()
        var harness = Harness(store: store, width: 100, height: 30)
        harness.press(.character("o"))
        #expect(harness.screen.text.contains("FAILED to drift@fjordbanken.example"))
        harness.press(.character("r"))
        #expect(!harness.screen.text.contains("FAILED to drift@fjordbanken.example"))
        #expect(try store.outbox.messages().filter { $0.status == .failed }.isEmpty)
        #expect(try store.outbox.due().contains { $0.recipient == "drift@fjordbanken.example" })
    }
}
