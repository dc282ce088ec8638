import Foundation
import Testing
@testable import SegmentCore
@testable import SegmentTUI
import SegmentTestSupport

/// Identity numbers leave only when the operator says so, in the box that
/// shows them.
@Suite("Keeping identity numbers on purpose", .checkingStores)
struct KeepingPersonalDataTests {
    /// One bank's report naming an applicant, grouped into a case, at 100x40.
    private func harness() throws -> (Harness, Store, Int64) {
        let store = try testStore(path: ":memory:", operatorLogin: "kari", now: { testNow })
        let provider = try store.providers.add(key: "ske", name: "Skatteetaten", email: "p@skatteetaten.example")
        let service = try store.providers.addService(providerID: provider, key: "inntekt-api", name: "Inntekt", environments: [.production])
        let bank = try store.addConsumer(NewConsumer(organisationNumber: try OrganisationNumber("974760673"), name: "Fjordbanken",
                                                     stage: .live))
        var incident = NewIncident(externalID: "F-1", consumerID: bank, serviceID: service, receivedAt: testNow - 600,
                                   title: "Ingen inntekt for søker 010190 10046")
        incident.errorCode = "HTTP 503"
        let caseID = try #require(try Grouping(store: store).group([try store.intakeDesk.addIncident(incident)]).openedCaseID)
        var harness = Harness(store: store, width: 100, height: 40)
        harness.press(.character("2"))
        return (harness, store, caseID)
    }

    @Test("f masks the number and says so; p shows it kept and asks again; y sends it as written and the journal says so")
    func keepThenSend() throws {
        var (harness, store, caseID) = try harness()
        harness.press(.character("f"))
        #expect(harness.state.confirmation?.question.description.contains("3 national identity numbers masked (p keeps them)") == true)
        #expect(harness.screen.text.contains("[fnr masked]"))
        harness.press(.character("p"))
        #expect(harness.state.confirmation?.question.description.contains("KEPT as written") == true)
        #expect(harness.screen.text.contains("010190 10046"))
        harness.press(.character("y"))
        #expect(try store.outbox.messages().first?.subject.contains("010190 10046") == true)
        #expect(try store.history(entity: .providerCase, id: caseID).last?.after?.contains("kept=3") == true)
    }

    @Test("after p, n still cancels and nothing is queued; without p, y sends the masked text")
    func cancelOrSendMasked() throws {
        var (harness, store, _) = try harness()
        harness.press(.character("f"), .character("p"), .character("n"))
        #expect(try store.outbox.messages().isEmpty)
        harness.press(.character("f"), .character("y"))
        let sent = try #require(try store.outbox.messages().first)
        #expect(!sent.subject.contains("10046") && !sent.body.contains("10046"))
    }
}
