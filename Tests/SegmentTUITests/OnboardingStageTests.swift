import Foundation
import Testing
@testable import SegmentCore
@testable import SegmentTUI
import SegmentTestSupport

/// Onboarding as a pipeline the operator moves consumers along.
@Suite("Onboarding stages", .checkingStores)
struct OnboardingStageTests {
    private func consumer(at stage: OnboardingStage) throws -> (Harness, Store) {
        let store = try testStore(path: ":memory:", operatorLogin: "kari", now: { testNow })
        let provider = try store.providers.add(key: "ske", name: "Skatteetaten", email: "p@ske.example")
        try store.providers.addService(providerID: provider, key: "inntekt-api", name: "Inntekt", environments: [.test, .production])
        try store.addConsumer(NewConsumer(organisationNumber: try OrganisationNumber("974760673"), name: "Fjordvik", stage: stage))
        var harness = Harness(store: store)
        harness.press(.character("5"))
        return (harness, store)
    }


    @Test(":stage test_passed moves the selected consumer, shows in export consumers and its History")
    func moveForward() throws {
        var (harness, store) = try consumer(at: .authorisedTest)
        harness.command("stage test_passed")
        #expect(harness.state.message?.text == "Fjordvik is now test_passed (u undoes)")
        var exported = ""
        try Exporter(store: store).export(.consumers, format: .jsonl, forTerminal: false) { exported += $0 }
        #expect(exported.contains(#""stage":"test_passed""#))
        #expect(try store.history(entity: .consumer, id: 1).last?.after == "stage=test_passed")
    }

    @Test(":stage live on a registered consumer asks first, naming the stages it skips, the agreement not accepted and the unticked checklist; n keeps it, y moves it")
    func jumpAsksFirst() throws {
        var policy = CoordinationPolicy()
        policy.checklists[.registered] = [ChecklistStep(text: "Kontaktpersoner registrert", link: nil)]
        let store = try testStore(path: ":memory:", operatorLogin: "kari", now: { testNow }, policy: policy)
        try store.addConsumer(NewConsumer(organisationNumber: try OrganisationNumber("974760673"), name: "Fjordvik", stage: .registered))
        _ = try store.agreementDesk.importAgreements(IntakeFile.read(Data(#"{"version":1,"title":"Vilkår","effective_at":"2026-01-01T00:00:00Z"}"#.utf8),
                                                                    name: "a.jsonl", csv: false), file: "a.jsonl", skipBad: false)
        var harness = Harness(store: store)
        harness.press(.character("5"))
        harness.command("stage live")
        let screen = harness.screen.text
        #expect(screen.contains("Move the consumer to live anyway?"))
        for skipped in ["terms_signed", "authorised_test", "test_passed", "authorised_production"] {
            #expect(screen.contains("- skips \(skipped) "), "\(skipped)")
        }
        #expect(screen.contains("has not accepted agreement version 1"))
        #expect(screen.contains("1 of 1 checklist step at registered not ticked"))
        harness.press(.character("n"))
        #expect(try store.consumerDesk.consumer(id: 1).row.stage == .registered)
        harness.command("stage live")
        harness.press(.character("y"))
        #expect(try store.consumerDesk.consumer(id: 1).row.stage == .live)
        #expect(try store.consumerDesk.stageGaps(consumerID: 1, to: .live).isEmpty, "a consumer already live has nothing to skip")
        #expect(try store.consumerDesk.stageGaps(consumerID: 1, to: .suspended).isEmpty)
    }

    @Test("a step back or to suspended needs a note; an unknown stage says which there are; nothing changes")
    func refusals() throws {
        var (harness, store) = try consumer(at: .live)
        harness.command("stage test_passed")
        #expect(harness.state.message?.text.contains("needs a note") == true)
        harness.command("stage suspended")
        #expect(harness.state.message?.text.contains("needs a note") == true)
        harness.command("stage golive")
        #expect(harness.state.message?.text.hasPrefix("no stage \"golive\"; the stages are registered, terms_signed") == true)
        #expect(try store.consumerDesk.consumer(id: 1).row.stage == .live)
        harness.command("stage suspended agreement v2 not accepted")
        #expect(try store.consumerDesk.consumer(id: 1).row.stage == .suspended)
        #expect(try store.history(entity: .consumer, id: 1).last?.after == "stage=suspended note=agreement v2 not accepted")
    }

    @Test("the record says the consumer has declared no legal basis until :declared records its own, worded as its word")
    func legalDeclaration() throws {
        var (harness, store) = try consumer(at: .live)
        harness.press(.enter)
        #expect(harness.screen.text.contains("no declaration from the consumer yet"))
        harness.command("declared 2026-03-01 JUR-2026-14 vurdering")
        #expect(harness.screen.text.contains("declared by the consumer on 2026-03-01, its own assessment:"))
        #expect(harness.screen.text.contains("JUR-2026-14 vurdering (recorded as it told us; not judged by the"))
        #expect(try store.history(entity: .consumer, id: 1).last?.action == "legal basis declared by the consumer")
        harness.command("declared yesterday X")
        #expect(harness.state.message?.text.hasPrefix("usage: :declared YYYY-MM-DD REFERENCE") == true)
    }

    @Test("the consumers pane's title counts the segment by stage; offboarded ones count aside")
    func titleCountsStages() {
        let stages: [OnboardingStage: Int] = [.live: 92, .registered: 4, .testPassed: 29, .suspended: 3, .offboarded: 2]
        #expect(ConsumersPane.stages(130, stages) == "128 · 92 live · 33 onboarding · 3 suspended (2 offboarded)")
        #expect(ConsumersPane.stages(2, [.registered: 2]) == "2 · 2 onboarding")
    }

    @Test(":agreements shows each version with its acceptances and who has not accepted the newest; :accept takes one off")
    func agreementSheet() throws {
        var (harness, store) = try consumer(at: .live)
        try store.addConsumer(NewConsumer(organisationNumber: try OrganisationNumber("910212958"), name: "Vestbanken", stage: .live))
        try store.agreementDesk.addAgreementVersion(1, title: "Vilkår v1", effectiveAt: testNow - 86_400)
        try store.agreementDesk.recordAcceptance(consumerID: 2, version: 1, at: testNow - 3_600)
        harness.command("agreements")
        #expect(harness.screen.text.contains("Agreement: v1 accepted by 1 of 2 consumers"))
        #expect(harness.screen.text.contains("Not accepted v1 (1), most reminded first"))
        #expect(harness.screen.text.contains("Fjordvik · live"))
        harness.press(.escape)
        harness.command("accept 1")
        harness.command("agreements")
        #expect(harness.screen.text.contains("every consumer has accepted it"))
    }

    @Test("a consumer that has accepted no agreement reads 'none' in the pane, not 'none old'")
    func noAgreementReadsNone() throws {
        var (harness, store) = try consumer(at: .registered)
        try store.agreementDesk.addAgreementVersion(1, title: "Vilkår v1", effectiveAt: testNow - 86_400)
        harness.send(.outsideChangeNoticed)
        let row = try #require(harness.screen.lines.first { $0.contains("Fjordvik") })
        #expect(row.contains("registered none"))
        #expect(!row.contains("none old"))
    }
}
