import Foundation
@testable import SegmentCore

/// 2026-11-26 12:00:00 UTC: the fixed "now" of every test.
let testNow: Int64 = 1_795_694_400

/// A private in-memory store with a fixed clock.
func emptyStore(operatorLogin: String = "kari") throws -> Store {
    try Store(path: ":memory:", operatorLogin: operatorLogin, now: { testNow })
}

/// A store holding the demo segment for `incidents` incidents, seed 7.
func demoStore(consumers: Int = 40, incidents: Int = 600, seed: UInt64 = 7) throws -> Store {
    let store = try emptyStore()
    var generator = DemoGenerator(store: store, options: DemoOptions(consumers: consumers, incidents: incidents, seed: seed))
    try generator.generate()
    return store
}

/// A temporary directory removed when the test's scope ends.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("segdesk-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}
