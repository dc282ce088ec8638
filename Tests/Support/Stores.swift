import Foundation
import SegmentCore
import Testing

/// 2026-11-26 12:00:00 UTC: the fixed "now" of every test.
public let testNow: Int64 = 1_795_694_400
/// The time zone screens are drawn in.
public let utc = DisplayZone(TimeZone(identifier: "UTC")!)

/// A private in-memory store with a fixed clock.
public func emptyStore(operatorLogin: String = "kari") throws -> Store {
    try testStore(operatorLogin: operatorLogin, now: { testNow })
}

/// A store holding the demo segment for `incidents` incidents, seed 7.
public func demoStore(consumers: Int = 40, incidents: Int = 600, seed: UInt64 = 7) throws -> Store {
    let store = try emptyStore()
    var generator = DemoGenerator(store: store, options: DemoOptions(consumers: consumers, incidents: incidents, seed: seed))
    try generator.generate()
    return store
}

/// A temporary directory removed when the test's scope ends.
public final class TemporaryDirectory {
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("segdesk-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

/// Skatteetaten's inntekt-api and three banks, each reporting HTTP 503 on it
/// in the last twenty minutes under its own title (reporters
/// `drift0@bank0.eksempel.no` ...), not yet grouped. Returns the incident ids.
public func threeBanksReporting(_ titles: [String], in store: Store) throws -> [Int64] {
    let provider = try store.providers.add(key: "ske", name: "Skatteetaten", email: "tilbyder@skatteetaten.example")
    let service = try store.providers.addService(providerID: provider, key: "inntekt-api", name: "Inntekt", environments: [.production])
    var ids: [Int64] = []
    for (index, number) in ["974760673", "910212958", "923609016"].enumerated() {
        let bank = try store.addConsumer(NewConsumer(organisationNumber: try OrganisationNumber(number), name: "Bank \(index)",
                                                     stage: .live))
        var incident = NewIncident(externalID: "T-\(index)", consumerID: bank, serviceID: service,
                                   receivedAt: testNow - Int64(20 - index * 5) * 60, title: titles[index])
        incident.errorCode = "HTTP 503"
        incident.correlationID = "corr-\(index)"
        incident.reporterEmail = "drift\(index)@bank\(index).eksempel.no"
        ids.append(try store.intakeDesk.addIncident(incident))
    }
    return ids
}
