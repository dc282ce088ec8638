import Foundation
import Testing

/// The operator's story through the real binary: three banks report the same
/// fault, the banner proposes one case, it is grouped, forwarded, delivered
/// to a Maildir as one message, the provider's reference is recorded, and
/// resolving it tells each reporter with their own reference.
@Suite("The incident flow in a real terminal", .serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux and a built segdesk"))
struct IncidentFlowEndToEndTests {
    @Test("three banks, HTTP 503, twenty minutes: one message to the provider, then one to each reporter")
    func threeBanksStory() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("segdesk-flow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("flow.sqlite").path
        let maildir = directory.appendingPathComponent("outgoing").path
        let segdesk = TmuxSession.executable
        try TmuxSession.run([segdesk, "demo", "--db", database, "--consumers", "5", "--incidents", "1"])

        let consumers = try TmuxSession.run([segdesk, "export", "consumers", "--db", database, "--format", "csv"])
            .split(separator: "\r\n").dropFirst().prefix(3).map { String($0.split(separator: ",")[0]) }
        let formatter = ISO8601DateFormatter()
        let reports = consumers.enumerated().map { index, number in
            let time = formatter.string(from: Date().addingTimeInterval(TimeInterval(-(20 - index * 7) * 60)))
            return #"{"external_id":"BANK\#(index)-REF","consumer":"\#(number)","service":"inntekt-api","received_at":"\#(time)","title":"HTTP 503 fra inntekt-api","error_code":"HTTP 503","correlation_id":"corr-\#(index)","reporter":{"name":"Drift","email":"drift\#(index)@bank.eksempel.no"}}"#
        }
        let intake = directory.appendingPathComponent("reports.jsonl").path
        try (reports.joined(separator: "\n") + "\n").write(toFile: intake, atomically: true, encoding: .utf8)
        try TmuxSession.run([segdesk, "import", "incidents", "--db", database, intake])

        let session = try TmuxSession(command: "\(segdesk) --db \(database)", width: 120, height: 40)
        try session.waitFor("m groups: 3 consumers report HTTP 503 on inntekt-api")
        try session.send("m")
        try session.waitFor("grouped 3 incidents into case #")
        try session.send("2", "f")
        try session.waitFor("Berørte konsumenter: 3")
        try session.send("y")
        try session.waitFor("forwarded; the message is queued")
        try session.send("q")
        try session.waitFor("[exit 0]")

        let deliver = [segdesk, "outbox", "deliver", "--db", database, "--transport", "maildir:\(maildir)",
                       "--from", "segment@coordinator.example"]
        try TmuxSession.run(deliver)
        let toProvider = try messages(in: maildir)
        #expect(toProvider.count == 1)
        #expect(toProvider.first?.contains("To: tilbyder-support@skatteetaten.example") == true)
        // The provider reads bokmål (the default); the body leaves as quoted-printable.
        #expect(toProvider.first?.contains("Ber=C3=B8rte konsumenter: 3") == true)

        let again = try TmuxSession(command: "\(segdesk) --db \(database)", width: 120, height: 40)
        try again.waitFor("2 Provider cases")
        try again.send("2", ":")
        try again.type("ref SKE-4711")
        try again.send("Enter")
        try again.waitFor("provider reference SKE-4711 recorded")
        try again.send(":")
        try again.type("resolve Capacity restored")
        try again.send("Enter")
        try again.waitFor("queue 3 messages to the reporters (no national identity")
        try again.send("y")
        try again.waitFor("resolved; 3 messages queued")
        try again.send("q")
        try again.waitFor("[exit 0]")

        try TmuxSession.run(deliver)
        let all = try messages(in: maildir)
        #expect(all.count == 4)
        for index in 0..<3 {
            let message = all.first { $0.contains("To: drift\(index)@bank.eksempel.no") }
            #expect(message?.contains("BANK\(index)-REF") == true, "reporter \(index)")
        }

        // The provider announces an outage on the service; a fourth report joins its case by itself.
        let notice = #"{"provider":"skatteetaten","kind":"outage","title":"Driftsavvik Inntekt API","services":["inntekt-api"],"effective_at":"\#(formatter.string(from: Date().addingTimeInterval(-600)))","ends_at":"\#(formatter.string(from: Date().addingTimeInterval(7200)))"}"#
        let notices = directory.appendingPathComponent("notices.jsonl").path
        try (notice + "\n").write(toFile: notices, atomically: true, encoding: .utf8)
        try TmuxSession.run([segdesk, "import", "notices", "--db", database, notices])
        let fourth = #"{"external_id":"BANK3-REF","consumer":"\#(consumers[0])","service":"inntekt-api","received_at":"\#(formatter.string(from: Date()))","title":"Fortsatt 503","reporter":{"email":"drift3@bank.eksempel.no"}}"#
        try (fourth + "\n").write(toFile: intake, atomically: true, encoding: .utf8)
        try TmuxSession.run([segdesk, "import", "incidents", "--db", database, intake])
        let exported = try TmuxSession.run([segdesk, "export", "incidents", "--db", database])
        let line = try #require(exported.split(separator: "\n").first { $0.contains("BANK3-REF") })
        #expect(line.contains(#""status":"forwarded""#), "the provider announced it: it holds the report")
        try TmuxSession.run(deliver)
        #expect(try messages(in: maildir).contains { $0.contains("To: drift3@bank.eksempel.no") && $0.contains("Kjent") })
    }

    private func messages(in maildir: String) throws -> [String] {
        let directory = "\(maildir)/new"
        return try FileManager.default.contentsOfDirectory(atPath: directory).map {
            String(decoding: try Data(contentsOf: URL(fileURLWithPath: "\(directory)/\($0)")), as: UTF8.self)
        }
    }
}
