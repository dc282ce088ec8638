import Foundation
import Testing
@testable import SegmentCore
@testable import SegmentTUI
import SegmentTestSupport

/// The operator keeps each provider's own targets and services from the
/// providers pane (6), on a segment set up from an empty file.
@Suite("The providers pane", .checkingStores)
struct ProviderPaneTests {
    private func segment() throws -> Store {
        let store = try emptyStore()
        let line = #"{"provider":"skatteetaten","provider_name":"Skatteetaten","provider_email":"saker@skatteetaten.example","service":"inntekt-api","service_name":"Inntekt","environments":["production"]}"#
        _ = try store.intakeDesk.importServices(IntakeFile.read(Data(line.utf8), name: "s.jsonl", csv: false, as: IncomingService.self),
                                     file: "s.jsonl", skipBad: false)
        _ = try store.addConsumer(NewConsumer(organisationNumber: try OrganisationNumber("974760673"), name: "Fjordbanken", stage: .live))
        return store
    }

    @Test("6 focuses it and Tab reaches it; :target P1 4h 2d shows in the record and its history; :target elsewhere says where it works")
    func targetFromTheDashboard() throws {
        var harness = Harness(store: try segment())
        for _ in 0..<5 { harness.press(.tab) }
        #expect(harness.state.focus == .providers)
        harness.press(.character("1"), .character("6"))
        #expect(harness.state.focus == .providers && harness.screen.text.contains("skatteetaten"))
        harness.command("target P1 4h 2d")
        #expect(harness.state.message?.text == "P1: the provider acknowledges within 4h and resolves within 2d")
        harness.press(.enter)
        let record = harness.screen.text
        #expect(record.contains("P1           acknowledges within 4h, resolves within 2d"), "\(record)")
        #expect(record.contains("P2           not agreed"))
        harness.press(.escape, .character("1"))
        harness.command("target P1 4h 2d")
        #expect(harness.state.message?.text == ":target works on the providers pane (6), not here")
    }

    @Test("n on the providers pane opens the service form for the selected provider; Enter registers the service")
    func serviceForm() throws {
        let store = try segment()
        var harness = Harness(store: store)
        harness.press(.character("6"), .character("n"))
        #expect(harness.screen.text.contains("Register a service") && harness.screen.text.contains("skatteetaten"))
        harness.press(.tab)
        harness.type("skattekort-api")
        harness.press(.tab)
        harness.type("Skattekort")
        harness.press(.enter)
        #expect(harness.state.message?.text == "service skattekort-api registered; consumers can now use it (:uses +skattekort-api)")
        #expect(try store.providers.detail(id: 1, now: testNow).services.map(\.key) == ["inntekt-api", "skattekort-api"])
    }
}
