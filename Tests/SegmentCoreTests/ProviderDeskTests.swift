import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

/// The coordinator keeps what it has agreed with each provider: its own
/// targets for a forwarded case, the people to reach there, the services it
/// shares. Each change is journalled; a bad one is refused with its reason.
@Suite("A provider's targets, contacts and services", .checkingStores)
struct ProviderDeskTests {
    /// Skatteetaten with inntekt-api, as `import services` leaves it.
    private func segment() throws -> (Store, Int64) {
        let store = try emptyStore()
        let line = #"{"provider":"skatteetaten","provider_name":"Skatteetaten","provider_email":"saker@skatteetaten.example","service":"inntekt-api","service_name":"Inntekt","environments":["production","test"]}"#
        _ = try store.intakeDesk.importServices(IntakeFile.read(Data(line.utf8), name: "s.jsonl", csv: false, as: IncomingService.self),
                                     file: "s.jsonl", skipBad: false)
        return (store, try #require(try store.providers.find(key: "skatteetaten")?.id))
    }

    @Test("given Skatteetaten, :target P1 4h 2d is kept and journalled; a second target names the first as before")
    func targets() throws {
        let (store, provider) = try segment()
        try store.providerDesk.setProviderTarget(providerID: provider, ProviderTarget(priority: .p1, acknowledge: 4 * 3600, resolve: 2 * 86_400))
        try store.providerDesk.setProviderTarget(providerID: provider, ProviderTarget(priority: .p1, acknowledge: 2 * 3600, resolve: 86_400))
        #expect(try store.providers.targets(providerID: provider) == [ProviderTarget(priority: .p1, acknowledge: 7200, resolve: 86_400)])
        let entries = try store.history(entity: .provider, id: provider).filter { $0.action == "target" }
        #expect(entries.map(\.before) == [nil, "P1 4h 2d"] && entries.map(\.after) == ["P1 4h 2d", "P1 2h 1d"])
        #expect(try store.providers.detail(id: provider, now: testNow).row.targets == 1)
    }

    @Test("a target that resolves before it acknowledges is refused, and nothing is kept")
    func resolveBeforeAcknowledge() throws {
        let (store, provider) = try segment()
        #expect(throws: StoreError.refused(.resolveBeforeAcknowledge(.p2))) {
            try store.providerDesk.setProviderTarget(providerID: provider, ProviderTarget(priority: .p2, acknowledge: 86_400, resolve: 3600))
        }
        #expect(try store.providers.targets(providerID: provider).isEmpty)
    }

    @Test("an operations contact replaces the one before, both in the history; a bad address is refused")
    func contacts() throws {
        let (store, provider) = try segment()
        try store.providerDesk.setProviderContact(providerID: provider, role: .operations, name: "Driftssenteret", email: "drift@skatteetaten.example")
        try store.providerDesk.setProviderContact(providerID: provider, role: .operations, name: "Vakt", email: "vakt@skatteetaten.example")
        #expect(try store.providers.detail(id: provider, now: testNow).contacts
                    == [ProviderContact(role: .operations, name: "Vakt", email: "vakt@skatteetaten.example")])
        #expect(try store.history(entity: .provider, id: provider).last?.before == "operations drift@skatteetaten.example Driftssenteret")
        #expect(throws: StoreError.refused(.notOneAddress("vakt"))) {
            try store.providerDesk.setProviderContact(providerID: provider, role: .technical, name: "x", email: "vakt")
        }
    }

    @Test("a service typed in joins its provider with its environments; a taken key, a bad key or an unknown provider is refused")
    func registeringServices() throws {
        let (store, provider) = try segment()
        let id = try store.providerDesk.registerService(providerKey: "skatteetaten", key: "skattekort-api", name: "Skattekort",
                                           environments: ["test"], description: "")
        let detail = try store.providers.detail(id: provider, now: testNow)
        #expect(detail.services.map(\.key) == ["inntekt-api", "skattekort-api"])
        #expect(detail.services.last?.environments == [.test])
        #expect(try store.history(entity: .service, id: id).map(\.action) == ["registered"])
        #expect(throws: StoreError.refused(.serviceExists(key: "inntekt-api"))) {
            try store.providerDesk.registerService(providerKey: "skatteetaten", key: "inntekt-api", name: "Igjen", environments: ["test"], description: "")
        }
        #expect(throws: StoreError.refused(.notAKey("Skattekort API"))) {
            try store.providerDesk.registerService(providerKey: "skatteetaten", key: "Skattekort API", name: "x", environments: ["test"], description: "")
        }
        #expect(throws: StoreError.refused(.unknownProvider(key: "nav", known: ["skatteetaten"]))) {
            try store.providerDesk.registerService(providerKey: "nav", key: "aa-api", name: "Aa", environments: ["production"], description: "")
        }
        try store.providerDesk.registerService(providerKey: "skatteetaten", key: "skattekort-test", name: "Skattekort", environments: ["Produksjon", "test"],
                                  description: "")
        #expect(try store.providers.service(key: "skattekort-test")?.environments == "production test")
        #expect(throws: StoreError.refused(.unknownEnvironment("staging"))) {
            try store.providerDesk.registerService(providerKey: "skatteetaten", key: "aa-api", name: "Aa", environments: ["staging"], description: "")
        }
    }

    @Test("the providers pane lists providers by key and finds them by a word of their name, ø and all")
    func paneWindow() throws {
        let (store, _) = try segment()
        _ = try store.providers.add(key: "brreg", name: "Brønnøysundregistrene", email: "saker@brreg.example")
        #expect(try store.providers.window(anchor: .start, limit: 10, filter: "").map(\.providerKey) == ["brreg", "skatteetaten"])
        #expect(try store.providers.window(anchor: .start, limit: 10, filter: "BRØNN").map(\.providerKey) == ["brreg"])
        #expect(try store.providers.count(filter: "skatt") == 1)
    }
}
