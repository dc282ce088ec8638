import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

/// A reply segdesk sends joins the reporter's own conversation in their
/// mail program, and their answer to it finds its incident without a tag.
@Suite("Mail threads", .checkingStores)
struct MailThreadTests {
    private func mail(_ headers: String, _ body: String = "Hei") throws -> InboundMail {
        try InboundMail.parse(Array(("From: Drift <drift@fjordbanken.example>\r\n" + headers + "\r\n\r\n" + body).utf8))
    }

    @Test("a reply to a mail report carries In-Reply-To and References naming the report, and a Message-ID in the sender's domain; the bank's answer naming only the report joins the incident")
    func replyThreads() throws {
        var policy = CoordinationPolicy()
        policy.senderDomain = "koordinator.example"
        let store = try testStore(path: ":memory:", operatorLogin: "kari", now: { testNow }, policy: policy)
        let provider = try store.providers.add(key: "ske", name: "Skatteetaten", email: "p@ske.example")
        let service = try store.providers.addService(providerID: provider, key: "inntekt-api", name: "Inntekt", environments: [.production])
        try store.addConsumer(NewConsumer(organisationNumber: try OrganisationNumber("974760673"), name: "Fjordbanken",
                                          mailDomain: "fjordbanken.example", stage: .live, serviceIDs: [service]))
        let report = try mail("Message-ID: <nl-503@fjordbanken.example>\r\nSubject: inntekt-api gir HTTP 503")
        guard case .newIncident(let id, _) = try MailIntake(store: store).take(report, deliveredAt: testNow) else {
            Issue.record("the report made no incident")
            return
        }
        try Replies(store: store).send(incidentID: id, text: "Vi ser på det.", resolution: nil)
        let sent = try #require(try store.outbox.messages().first)
        #expect(sent.messageID.hasSuffix("@koordinator.example>"))
        #expect(sent.inReplyTo == "<nl-503@fjordbanken.example>")
        #expect(sent.references == "<nl-503@fjordbanken.example>")
        let text = try Outbox(store: store, transport: .maildir(path: "/nonexistent"), from: "seg@koordinator.example").format(sent)
        #expect(text.contains("\r\nIn-Reply-To: <nl-503@fjordbanken.example>\r\n"))
        #expect(text.contains("\r\nReferences: <nl-503@fjordbanken.example>\r\n"))
        let answer = try mail("Message-ID: <nl-504@fjordbanken.example>\r\nIn-Reply-To: <nl-503@fjordbanken.example>\r\nSubject: Re: svar")
        #expect(try MailIntake(store: store).take(answer, deliveredAt: testNow + 60) == .reply(incidentID: id))
        try Replies(store: store).send(incidentID: id, text: "Rettet.", resolution: nil)
        let second = try #require(try store.outbox.messages().first)
        #expect(second.inReplyTo == "<nl-504@fjordbanken.example>")
        #expect(second.references == "<nl-503@fjordbanken.example> \(sent.messageID) <nl-504@fjordbanken.example>")
    }

    @Test("a phone report quotes the caller's own reference back when they gave one, and no made-up PHONE- reference when not")
    func yourReferenceOnlyWhenGiven() throws {
        let store = try testStore(path: ":memory:", operatorLogin: "kari", now: { testNow })
        _ = try threeBanksReporting(["503", "503", "503"], in: store)
        try store.consumerDesk.edit(.contact(.technical, name: "Drift", email: "drift@bank0.example"), consumerID: 1)
        let without = try store.intakeDesk.addPhoneReport(consumer: "974760673", serviceKey: "inntekt-api", title: "Treg respons")
        let with = try store.intakeDesk.addPhoneReport(consumer: "974760673", serviceKey: "inntekt-api", title: "Feil saldo",
                                                       call: PhoneCall(theirReference: "INC-4711"))
        let plain = try Replies(store: store).message(incidentID: without, text: "Vi ser på det.")
        #expect(plain.body.hasPrefix("Om meldingen deres (vår referanse SEG-\(without)):"))
        #expect(!plain.body.contains("PHONE-"))
        let quoted = try Replies(store: store).message(incidentID: with, text: "Vi ser på det.")
        #expect(quoted.body.hasPrefix("Om meldingen deres INC-4711 (vår referanse SEG-\(with)):"))
        #expect(IncidentReference.isMadeUp("PHONE-1796575705-14") && IncidentReference.isMadeUp("segdesk-3fa2")
                && !IncidentReference.isMadeUp("PHONE-ticket") && !IncidentReference.isMadeUp("nl-503@fjordbanken.example"))
    }
}
