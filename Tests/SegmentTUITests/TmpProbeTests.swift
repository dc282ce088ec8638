import Foundation
import Testing
@testable import SegmentCore
@testable import SegmentTUI
import SegmentTestSupport

@Suite("probe")
struct TmpProbeTests {
    @Test("probe reload") func probe() throws {
        let path = "/tmp/probe.sqlite"
        let store = try Store(path: path, operatorLogin: "kari")
        var harness = Harness(store: store, width: 80, height: 24)
        harness.press(.character("j"), .character("j"))
        let consumer = try store.database.first("SELECT org_number FROM consumers ORDER BY id LIMIT 1", [], { $0.string(0) })!
        let service = try store.database.first("SELECT key FROM services WHERE key != 'unsorted' ORDER BY id LIMIT 1", [], { $0.string(0) })!
        for round in 1..<4 {
            let now = ISO8601DateFormatter().string(from: Date())
            let lines = (1...100).map { #"{"external_id":"P-\#(round)-\#($0)","consumer":"\#(consumer)","service":"\#(service)","received_at":"\#(now)","title":"Batch \#(round) report \#($0)","impact":1,"urgency":1,"error_code":"FIFTY-\#(round)"}"# }
            try lines.joined(separator: "\n").write(toFile: "/tmp/probe.jsonl", atomically: true, encoding: .utf8)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/work/main/.build/release/segdesk")
            process.arguments = ["import", "incidents", "--db", path, "/tmp/probe.jsonl"]
            try process.run(); process.waitUntilExit()
            var start = DispatchTime.now().uptimeNanoseconds
            harness.send(.outsideChangeNoticed)
            print("round \(round) reload: \(String(format: "%.2f", Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)) ms")
            start = DispatchTime.now().uptimeNanoseconds
            _ = harness.screen
            print("round \(round) render: \(String(format: "%.2f", Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)) ms")
            start = DispatchTime.now().uptimeNanoseconds
            harness.press(.character("j"))
            print("round \(round) j: \(String(format: "%.2f", Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)) ms")
        }
    }
}
