import Foundation
import Testing
@testable import SegmentCore
@testable import SegmentTUI
import SegmentTestSupport

/// The operator registers a consumer, keeps its record current, ticks its
/// onboarding checklist and asks it to accept the agreement.
@Suite("A consumer's record kept by hand", .checkingStores)
struct ConsumerRecordTests {
    private func segment(policy: CoordinationPolicy = CoordinationPolicy()) throws -> (Harness, Store) {
        let store = try testStore(path: ":memory:", operatorLogin: "kari", now: { testNow }, policy: policy)
        let provider = try store.providers.add(key: "ske", name: "Skatteetaten", email: "p@ske.example")
        try store.providers.addService(providerID: provider, key: "inntekt-api", name: "Inntekt", environments: [.test, .production])
        try store.providers.addService(providerID: provider, key: "felles-api", name: "Felles", environments: [.production])
        try store.addConsumer(NewConsumer(organisationNumber: try OrganisationNumber("974760673"), name: "Fjordvik",
                                          stage: .authorisedTest,
                                          contacts: [Contact(role: .business, name: "Leder", email: "leder@fjordvik.example",
                                                             isSharedMailbox: false)]))
        var harness = Harness(store: store)
        harness.press(.character("5"))
        return (harness, store)
    }


    @Test("n registers a consumer: the organisation number is checked as it is typed, a wrong one keeps the form open")
    func registration() throws {
        var (harness, store) = try segment()
        harness.press(.character("n"))
        harness.type("97476067")
        #expect(harness.screen.text.contains("97476067▏ 1 more"))
        harness.type("4")
        #expect(harness.screen.text.contains("fails the mod-11 check digit"))
        harness.press(.enter)
        guard let form = harness.state.form else { Issue.record("the form closed"); return }
        #expect(form.problem?.description.hasPrefix("Org no: \"974760674\" fails the mod-11") == true)
        harness.press(.backspace)
        harness.type("3")
        #expect(harness.screen.text.contains("974760673▏ valid"))
        harness.press(.enter)
        guard let stillOpen = harness.state.form else { Issue.record("the form closed"); return }
        #expect(stillOpen.problem == Wording("{1} is required", Wording("Name")))
        #expect(stillOpen.problem?.description == "Name is required")
        harness.press(.escape)
        harness.press(.character("n"))
        harness.type("910212958")
        harness.press(.tab)
        harness.type("Bjørnøya Sparebank")
        harness.press(.tab)
        harness.type("inntekt-api felles-api")
        harness.press(.tab)
        harness.type("Drift")
        harness.press(.tab)
        harness.type("drift@bjornoya.example")
        harness.press(.enter)
        #expect(harness.state.input == .none)
        #expect(harness.state.message?.text == "Bjørnøya Sparebank registered; :stage moves it on")
        let id = try #require(try store.consumers.window(anchor: .start, limit: 10).first { $0.name == "Bjørnøya Sparebank" }?.id)
        let detail = try store.consumerDesk.consumer(id: id)
        #expect(detail.row.stage == .registered && detail.services == ["felles-api", "inntekt-api"])
        #expect(detail.contacts.map(\.email) == ["drift@bjornoya.example"])
    }

    @Test(":contact and :uses change the record and the journal keeps before and after")
    func edits() throws {
        var (harness, store) = try segment()
        harness.press(.enter)
        harness.command("contact business ny.leder@fjordvik.example Nora Leder")
        #expect(try store.consumerDesk.consumer(id: 1).contacts.first { $0.role == .business }?.email == "ny.leder@fjordvik.example")
        let entry = try #require(try store.history(entity: .consumer, id: 1).last)
        #expect(entry.before == "business=Leder <leder@fjordvik.example>" && entry.after == "business=Nora Leder <ny.leder@fjordvik.example>")
        harness.command("uses +inntekt-api")
        #expect(try store.consumerDesk.consumer(id: 1).services == ["inntekt-api"])
        harness.command("uses +inntekt-api")
        #expect(harness.state.message?.text == "the consumer already uses inntekt-api")
        harness.command("uses -felles-api")
        #expect(harness.state.message?.text == "the consumer does not use felles-api")
        harness.command("contact boss x@y.example")
        #expect(harness.state.message?.text.hasPrefix("usage: :contact technical|business|vendor") == true)
    }

    @Test("the record shows its stage's checklist from the configuration; :tick ticks a step, journalled; a step not there says so")
    func checklist() throws {
        let (configuration, warnings) = Configuration.parse("""
            checklist.authorised_test = Testtilgang bestilt i Maskinporten | https://samarbeid.example/maskinporten
            checklist.authorised_test = Første kall mot testmiljøet
            checklist.live = Produksjonssertifikat installert
            """, file: "config")
        #expect(warnings.isEmpty)
        var (harness, store) = try segment(policy: configuration.policy)
        harness.press(.enter)
        #expect(harness.screen.text.contains("Checklist: test auth (its stage; :tick N)"))
        #expect(harness.screen.text.contains("[ ] 1") && harness.screen.text.contains("Testtilgang bestilt i Maskinporten"))
        harness.command("tick 2")
        #expect(harness.state.message?.text == "ticked: Første kall mot testmiljøet")
        #expect(harness.screen.text.contains("[x] 2") && harness.screen.text.contains("Første kall mot testmiljøet (kari, 2026-11-26)"))
        #expect(try store.history(entity: .consumer, id: 1).last?.after == "stage=authorised_test step=2 Første kall mot testmiljøet")
        harness.command("tick 3")
        #expect(harness.state.message?.text == "authorised_test's checklist has steps 1 to 2, not 3")
        harness.command("tick 1 live")
        #expect(try store.consumerDesk.consumer(id: 1).checklistTicks.map(\.stage) == [.authorisedTest, .live])
    }

    @Test(":ask 2 asks every consumer that has not accepted it, after a box; asking again finds no one")
    func askToAccept() throws {
        var (harness, store) = try segment()
        try store.agreementDesk.addAgreementVersion(2, title: "Bruksvilkår v2", effectiveAt: testNow)
        harness.command("ask 2")
        let box = try #require(harness.state.confirmation)
        #expect(box.question.description.hasPrefix("Ask 1 consumer to accept agreement version 2"))
        #expect(box.preview.map(\.description).contains("Subject: [SEG-A2] Vennligst godta: Bruksvilkår v2"))
        harness.press(.character("y"))
        #expect(try store.outbox.messages().map(\.recipient) == ["leder@fjordvik.example"])
        harness.command("ask 2")
        #expect(harness.state.message?.text.hasPrefix("every consumer has accepted version 2 or been asked") == true)
    }
}
