import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

@Suite("Following up on incidents and cases", .checkingStores)
struct RecordFollowUpTests {
    private func segment() throws -> (Store, service: Int64, bank: Int64) {
        let store = try emptyStore()
        let provider = try store.providers.add(key: "ske", name: "Skatteetaten", email: "tilbyder@skatteetaten.example")
        let service = try store.providers.addService(providerID: provider, key: "inntekt-api", name: "Inntekt", environments: [.production])
        let bank = try store.addConsumer(NewConsumer(organisationNumber: try OrganisationNumber("974760673"), name: "Fjordbanken",
                                                     stage: .live))
        return (store, service, bank)
    }

    private func mail(from sender: String, subject: String) throws -> InboundMail {
        try InboundMail.parse(Array("From: \(sender)\r\nSubject: \(subject)\r\n\r\nhei\r\n".utf8))
    }

    @Test("an unmatched mail report is attached to its consumer and told its service, each change journaled")
    func attachUnmatchedReport() throws {
        let (store, _, _) = try segment()
        _ = try MailIntake(store: store).take(try mail(from: "ola@gmail.example", subject: "Får ikke svar"), deliveredAt: testNow)
        #expect(try store.incident(id: 1).row.consumerName == nil)
        #expect(try store.incident(id: 1).row.serviceKey == Store.unsortedServiceKey)

        try store.triageDesk.attachConsumer(incidentID: 1, organisationNumber: "974 760 673")
        try store.triageDesk.setService(incidentID: 1, serviceKey: "inntekt-api")
        let detail = try store.incident(id: 1)
        #expect(detail.row.consumerName == "Fjordbanken" && detail.row.serviceKey == "inntekt-api")
        let actions = try store.history(entity: .incident, id: 1).map { "\($0.action) \($0.after ?? "")" }
        #expect(actions.contains("consumer consumer=974760673") && actions.contains("service service=inntekt-api"))
    }

    @Test("attaching to an unknown organisation number or naming an unknown service is refused, saying what is known")
    func refusedAttachments() throws {
        let (store, _, _) = try segment()
        _ = try MailIntake(store: store).take(try mail(from: "ola@gmail.example", subject: "x"), deliveredAt: testNow)
        #expect(throws: StoreError.refused(.noConsumer(organisationNumber: "910212958"))) {
            try store.triageDesk.attachConsumer(incidentID: 1, organisationNumber: "910212958")
        }
        #expect(throws: StoreError.refused(.unknownService(key: "unsorted", known: ["inntekt-api"]))) {
            try store.triageDesk.setService(incidentID: 1, serviceKey: "unsorted")
        }
    }

    @Test("a note stays in the record's history; a provider update typed in shows with the case and acknowledges it")
    func notesAndProviderUpdates() throws {
        let (store, service, bank) = try segment()
        let id = try store.intakeDesk.addIncident(NewIncident(externalID: "A", consumerID: bank, serviceID: service, receivedAt: testNow,
                                                   title: "HTTP 503"))
        try store.triageDesk.addNote(entity: .incident, id: id, text: "ringte banken, de prøver igjen")
        #expect(try store.history(entity: .incident, id: id).contains { $0.action == "note" && $0.after == "ringte banken, de prøver igjen" })
        #expect(throws: StoreError.refused(.noteNeedsText)) { try store.triageDesk.addNote(entity: .incident, id: id, text: "  ") }
        #expect(throws: StoreError.notFound(entity: .consumer, id: 99)) { try store.triageDesk.addNote(entity: .consumer, id: 99, text: "ringte") }

        let caseID = try #require(try Grouping(store: store).group([id]).openedCaseID)
        try Forwarding(store: store).forward(caseID: caseID)
        try store.triageDesk.recordProviderUpdate(caseID: caseID, text: "Feilretting i produksjon kl 14")
        let detail = try store.caseDesk.providerCase(id: caseID)
        #expect(detail.row.status == .acknowledged)
        #expect(detail.providerUpdates.map(\.text) == ["Feilretting i produksjon kl 14"])
        #expect(detail.providerUpdates.first?.from == "kari")
    }

    @Test("reports without codes whose titles differ only in numbers, ids and dates are offered as possibly the same")
    func possiblySame() throws {
        let (store, service, bank) = try segment()
        let titles = ["Får ikke hentet inntekt for søknad 12345 fra 2026-11-25",
                      "Får ikke hentet inntekt for søknad 99887 fra 2026-11-26",
                      "Spørsmål om ny avtaleversjon",
                      "Får ikke hentet inntekt for søknad 5"]
        for (index, title) in titles.enumerated() {
            var incident = NewIncident(externalID: "P-\(index)", consumerID: bank, serviceID: service,
                                       receivedAt: testNow - Int64(index) * 600, title: title)
            incident.errorCode = nil
            _ = try store.intakeDesk.addIncident(incident)
        }
        var coded = NewIncident(externalID: "C", consumerID: bank, serviceID: service, receivedAt: testNow,
                                title: "Får ikke hentet inntekt for søknad 1 fra 2026-11-26")
        coded.errorCode = "HTTP 503"
        _ = try store.intakeDesk.addIncident(coded)
        let offered = try store.incident(id: 1).possiblySame
        #expect(offered.map(\.id) == [2, 4], "the same shape first, then the shorter title")
        #expect(offered.map(\.consumerName) == ["Fjordbanken", "Fjordbanken"])
        #expect(try store.incident(id: 3).possiblySame.isEmpty)
        #expect(try store.incident(id: 5).possiblySame.isEmpty)
    }

    @Test("text shapes mask what varies between reporters")
    func shapes() {
        #expect(TextShape("Søknad 12345 feilet 08:15 (id 7f3a-99)") == TextShape("søknad 1 feilet id"))
        #expect(TextShape("Søknad 12345 feilet 08:15 (id 7f3a-99)").wordCount == 4)
        #expect(TextShape("a b c").similarity(to: TextShape("a b d")) == 0.5)
        #expect(TextShape("ØNSKER Feltet «Arbeidsgiver»–orgnr i INNTEKT-API")
                == TextShape("ønsker feltet arbeidsgiver orgnr i inntekt api"))
        #expect(TextShape("Cafe\u{301} nr. ½ og ٣ ganger") == TextShape("cafe\u{301} nr 9 og ganger"))
        #expect(TextShape("Cafe\u{301} nr. ½ og ٣ ganger").wordCount == 5)
        #expect(TextShape("søknad feilet") != TextShape("soknad feilet"))
    }
}
