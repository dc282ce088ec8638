import Foundation
import Testing

/// The benchmark executable `swift build` made beside segdesk.
let benchmarkExecutable = URL(fileURLWithPath: TmuxSession.executable).deletingLastPathComponent()
    .appendingPathComponent("segdesk-bench").path

/// The shipped benchmark still runs and reports every figure; how fast they
/// are is for a release build on a quiet machine, not for CI.
@Suite("Benchmark", .enabled(if: FileManager.default.isExecutableFile(atPath: benchmarkExecutable), "needs a built segdesk-bench"))
struct BenchmarkRunsTests {
    @Test("a quick run on a small database produces every figure")
    func quickRunReportsEverything() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("segdesk-bench-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let json = directory.appendingPathComponent("result.json").path
        try TmuxSession.run([benchmarkExecutable, "--quick", "--incidents", "5000", "--import", "2000",
                             "--db", directory.appendingPathComponent("bench.sqlite").path, "--json", json])
        let data = try #require(FileManager.default.contents(atPath: json))
        let figures = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for name in ["import_per_second", "import_into_full_per_second", "first_frame_ms", "first_frame_bytes", "peak_rss_kb", "machine", "page_size"] {
            #expect(figures[name] != nil && !(figures[name] is NSNull), "\(name) missing")
        }
        let keys = try #require(figures["keys"] as? [[String: Any]])
        let names = Set(keys.compactMap { $0["name"] as? String })
        #expect(names.isSuperset(of: ["move down", "move down, within the window", "move down, scrolling", "page down",
                                      "switch pane (Tab)", "open a record (Enter)", "close a record (q)", "filter keystroke, rare word",
                                      "filter keystroke, common word"]))
        let moves = keys.filter { ($0["name"] as? String)?.hasPrefix("move down") == true }.map { $0["count"] as? Int ?? 0 }
        #expect(moves == [100, 15, 85], "every move, then those within the first window and those that scroll")
        for key in keys {
            #expect(key["p99_ms"] != nil && !(key["p99_ms"] is NSNull), "\(key["name"] ?? "?") has no timing")
            #expect((key["median_bytes"] as? Int ?? 0) > 0)
        }
    }
}
