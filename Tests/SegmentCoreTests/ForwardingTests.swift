import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

@Suite("National identity numbers", .checkingStores)
struct NationalIdentityNumberTests {
    @Test("a valid number is masked wherever it stands alone; look-alikes are left", arguments: [
        ("søker 01019010046 fikk 404", "søker [fnr masked] fikk 404", 1),
        ("01019010046", "[fnr masked]", 1),
        ("fnr:01019010046,01019010046.", "fnr:[fnr masked],[fnr masked].", 2),
        ("01019010047 has a wrong check digit", "01019010047 has a wrong check digit", 0),
        ("order 101019010046 is twelve digits", "order 101019010046 is twelve digits", 0),
        ("974760673 is an organisation", "974760673 is an organisation", 0),
        ("written 010190 10046 by hand", "written [fnr masked] by hand", 1),
        ("or 010190-10046, or 150585\u{00A0}23442", "or [fnr masked], or [fnr masked]", 2),
        ("a D-number 41019012393", "a D-number [fnr masked]", 1),
        ("a date 010190 then 10047", "a date 010190 then 10047", 0),
        ("ref 1010190 10046 is not one", "ref 1010190 10046 is not one", 0),
    ])
    func masking(text: String, expected: String, count: Int) {
        let result = NationalIdentityNumber.masked(text)
        #expect(result.text == expected)
        #expect(result.count == count)
    }
}

@Suite("Forwarding a case", .checkingStores)
struct ForwardingTests {
    @Test("forwarding a case of three banks queues one message to the provider naming three consumers affected, with numbers masked")
    func oneMessageToTheProvider() throws {
        let store = try emptyStore()
        let ids = try threeBanksReporting(["HTTP 503 fra inntekt-api", "503 for søker 01019010046", "HTTP 503 fra inntekt-api"],
                                          in: store)
        let caseID = try #require(try Grouping(store: store).group(ids).openedCaseID)
        let (message, masked) = try Forwarding(store: store).report(caseID: caseID)
        #expect(masked == 1)
        #expect(message.recipient == "tilbyder@skatteetaten.example")
        #expect(message.body.contains("Berørte konsumenter: 3 (3 meldinger)"))
        #expect(message.body.contains("corr-0") && message.body.contains("corr-2"))
        #expect(!message.body.contains("01019010046"))

        try Forwarding(store: store).forward(caseID: caseID)
        #expect(try store.caseDesk.providerCase(id: caseID).row.status == .forwarded)
        for id in ids { #expect(try store.incident(id: id).row.status == .forwarded) }
        let queued = try store.outbox.messages()
        #expect(queued.count == 1)
        #expect(queued[0].recipient == "tilbyder@skatteetaten.example")
        #expect(queued[0].subject.contains("3 konsumenter berørt"))
        #expect(throws: StoreError.self) { try Forwarding(store: store).forward(caseID: caseID) }
        #expect(try store.outbox.messages().count == 1)
        #expect(try store.incident(id: ids[1]).row.title.contains("01019010046"))
    }
}

@Suite("Announced outages", .checkingStores)
struct AnnouncedOutageTests {
    @Test("while an outage notice is open for a service, new reports on it join that notice's case and get the known-issue answer")
    func reportsJoinTheOutage() throws {
        let store = try emptyStore()
        let provider = try store.providers.add(key: "ske", name: "Skatteetaten", email: "p@example.no")
        let inntekt = try store.providers.addService(providerID: provider, key: "inntekt-api", name: "Inntekt", environments: [.production])
        try store.providers.addService(providerID: provider, key: "felles-api", name: "Felles", environments: [.production])
        let bank = try store.addConsumer(NewConsumer(organisationNumber: try OrganisationNumber("974760673"), name: "Fjordvik",
                                                     stage: .live, contacts: [Contact(role: .technical, name: "Drift",
                                                     email: "drift@fjordvik.eksempel.no", isSharedMailbox: true)]))
        try store.addNotice(providerID: provider, kind: .deviation, title: "Driftsavvik på Inntekt API", body: "", breaking: false,
                            announcedAt: testNow - 3600, publishedAt: testNow - 3600, effectiveAt: testNow - 3600, endsAt: testNow + 3 * 3600,
                            serviceIDs: [inntekt], consumerIDs: [bank], acknowledged: [:])
        func incoming(_ reference: String, service: String) throws -> IncomingIncident {
            let line = #"{"external_id":"\#(reference)","consumer":"974760673","service":"\#(service)","received_at":"2026-11-26T11:50:00Z","title":"503"}"#
            return try #require(IncidentFile.read(Data(line.utf8), name: "in", csv: false).records.first)
        }
        let first = try store.intakeDesk.importIncidents([try incoming("A", service: "inntekt-api")], problems: [], file: "in", skipBad: false)
        let second = try store.intakeDesk.importIncidents([try incoming("B", service: "inntekt-api"), try incoming("C", service: "felles-api")],
                                               problems: [], file: "in", skipBad: false)
        #expect(first.joinedOutage == 1)
        #expect(second.joinedOutage == 1)
        let a = try store.incident(id: 1), b = try store.incident(id: 2), c = try store.incident(id: 3)
        #expect(a.caseID != nil && a.caseID == b.caseID)
        #expect(a.row.status == .forwarded)
        #expect(c.caseID == nil)
        let outageCase = try store.caseDesk.providerCase(id: try #require(a.caseID))
        #expect(outageCase.row.status == .acknowledged)
        #expect(outageCase.row.title == "Outage: Driftsavvik på Inntekt API")
        let answers = try store.outbox.messages()
        #expect(answers.count == 2)
        #expect(answers.allSatisfy { $0.recipient == "drift@fjordvik.eksempel.no" && $0.subject.contains("Kjent feil") })
    }
}

@Suite("Known answers and replies", .checkingStores)
struct KnownAnswerTests {
    @Test("the coordinator's file maps codes to answers in each language, whatever case the codes are written in, and names bad lines")
    func parsesFile() {
        let (answers, warnings) = KnownAnswers.parse("""
            # codes that are not faults
            td-005 = No data for this person.\\nNot a fault.
            FK-3.nb = Feltet er tomt når personen ikke har inntekt.
            FK-3.en = The field is empty when the person has no income.
            nonsense
            """, file: "known-answers")
        #expect(answers.answer(for: "TD-005", in: .bokmal) == "No data for this person.\nNot a fault.")
        #expect(answers.answer(for: "HTTP 503", in: .english) == nil)
        #expect(answers.answer(for: "fk-3", in: .bokmal) == "Feltet er tomt når personen ikke har inntekt.")
        #expect(answers.answer(for: "FK-3", in: .english) == "The field is empty when the person has no income.")
        #expect(warnings == ["known-answers:5: expected `CODE = answer` or `CODE.nb = svar`"])
        #expect(KnownAnswers.standard.answer(for: "td-005", in: .bokmal)?.hasPrefix("TD-005 med HTTP 404 betyr") == true)
    }

    @Test("answering a TD-005 report queues the standard answer to its reporter and resolves it as not a fault")
    func answerResolves() throws {
        let store = try demoStore(incidents: 300)
        var report = NewIncident(externalID: "BANK-77", consumerID: 1, serviceID: 3, receivedAt: testNow - 300,
                                 title: "TD-005: ingen data for personen (HTTP 404)")
        report.errorCode = "TD-005"
        report.reporterEmail = "kari@bank.eksempel.no"
        let id = try store.intakeDesk.addIncident(report)
        let answer = try #require(KnownAnswers.standard.answer(for: "TD-005", in: .english))
        try Replies(store: store).send(incidentID: id, text: answer, resolution: .notAFault)
        let detail = try store.incident(id: id)
        #expect(detail.row.status == .resolved)
        #expect(detail.resolution == .notAFault)
        let message = try #require(try store.outbox.messages().first)
        #expect(message.recipient == detail.reporterEmail)
        #expect(message.body.contains(detail.externalID))
        #expect(message.body.contains("not a fault"))
    }
}
