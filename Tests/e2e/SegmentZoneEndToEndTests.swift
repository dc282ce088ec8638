import Foundation
import Testing

/// The segment has one time zone: a server or a shell in UTC shows and
/// writes the segment's days, not its own.
@Suite("The segment's time zone", .enabled(if: TmuxSession.isAvailable, "needs a built segdesk"))
struct SegmentZoneEndToEndTests {
    @Test("with TZ=UTC and zone = Asia/Tokyo, a notice effective at midnight in Tokyo shows that day in the notices pane")
    func daysAreTheSegments() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("segdesk-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory + "/config/segdesk", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "zone = Asia/Tokyo\n".write(toFile: directory + "/config/segdesk/config", atomically: true, encoding: .utf8)
        let database = directory + "/desk.sqlite"
        let environment = ["TZ": "UTC", "XDG_CONFIG_HOME": directory + "/config", "NO_COLOR": "1"]
        let segdesk = ["env"] + environment.map { "\($0.key)=\($0.value)" } + [TmuxSession.executable]
        try TmuxSession.run(segdesk + ["demo", "--db", database, "--consumers", "5", "--incidents", "10"])
        try """
            {"provider":"skatteetaten","kind":"outage","title":"Tokyo-midnatt","services":["folkeregister-api"],"effective_at":"2026-12-20T00:00:00+09:00","ends_at":"2026-12-20T06:00:00+09:00"}
            """.write(toFile: directory + "/n.jsonl", atomically: true, encoding: .utf8)
        try TmuxSession.run(segdesk + ["import", "notices", directory + "/n.jsonl", "--db", database])
        let session = try TmuxSession(command: "\(TmuxSession.executable) --db \(database)", width: 120, height: 40, environment: environment)
        try session.waitFor("1 Incidents")
        try session.send("3")
        let screen = try session.waitFor("Tokyo-midnatt")
        let row = try #require(screen.split(separator: "\n").first { $0.contains("Tokyo-midnatt") })
        #expect(row.contains("2026-12-20"), "\(row)")
        try session.send("q")
    }
}
