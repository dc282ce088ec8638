import Foundation
import Testing

/// The night as the person on call lives it, from files: a segment set up
/// from empty, a rota with Kari on call and Ola her second, a P1 report.
@Suite("On call, end to end", .enabled(if: TmuxSession.isAvailable, "needs tmux and a built segdesk"))
struct OnCallEndToEndTests {
    private final class Place {
        let folder: String
        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("segdesk-e2e-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: folder + "/config/segdesk", withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(atPath: folder) }
        var database: String { folder + "/desk.sqlite" }
        var environment: [String] { ["env", "XDG_CONFIG_HOME=\(folder)/config", "SEGDESK_DB=\(database)", "USER=somebody", "LOGNAME=somebody"] }

        /// Runs segdesk with the place's configuration; its standard output.
        @discardableResult
        func segdesk(_ arguments: String...) throws -> String {
            try TmuxSession.run(environment + [TmuxSession.executable] + arguments)
        }

        func write(_ name: String, _ text: String) throws {
            try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }

        /// The queued alert messages: recipient and subject.
        func alertMessages() throws -> [String] {
            try TmuxSession.run(["sqlite3", database, "SELECT recipient || ' ' || subject FROM outbox WHERE entity = 'alert' ORDER BY id"])
                .split(separator: "\n").map(String.init)
        }
    }

    private static let banks = ["910000004", "910000071", "910000144", "910000217", "910000284", "910000357", "910000497", "910000632", "910000705"]

    private func segment() throws -> Place {
        let place = try Place()
        let now = Date().timeIntervalSince1970
        let iso = { (seconds: Double) in ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: seconds)) }
        try place.write("config/segdesk/config", """
            from = Koordinator <vakt@koordinator.example>
            oncall.rota = \(place.folder)/rota
            alert.last = leder@koordinator.example
            alert.escalate = 3s
            alert.open = ssh desk.koordinator.example segdesk --open {record}
            """)
        try place.write("rota", "\(iso(now - 86_400)) \(iso(now + 86_400)) kari@koordinator.example ola@koordinator.example\n")
        try place.write("services.csv", "service,service_name,provider,provider_name,provider_email,environments\nfelles-api,Felles,ske,Skatteetaten,drift@ske.example,production\n")
        try place.write("consumers.jsonl", Self.banks.enumerated().map { index, number in
            #"{"org_number":"\#(number)","name":"Bank \#(index + 1)","mail_domain":"bank\#(index + 1).example","stage":"live","services":["felles-api"]}"#
        }.joined(separator: "\n") + "\n")
        try place.segdesk("import", "services", place.folder + "/services.csv")
        try place.segdesk("import", "consumers", place.folder + "/consumers.jsonl")
        return place
    }

    private func report(_ place: Place, banks: ClosedRange<Int>) throws {
        let received = ISO8601DateFormatter().string(from: Date())
        try place.write("reports.jsonl", banks.map { bank in
            #"{"external_id":"N-\#(bank)","consumer":"\#(Self.banks[bank - 1])","service":"felles-api","received_at":"\#(received)","title":"HTTP 500 fra felles-api","error_code":"DAS-003","impact":1,"urgency":1}"#
        }.joined(separator: "\n") + "\n")
        try place.segdesk("import", "incidents", place.folder + "/reports.jsonl")
    }

    @Test("a P1 report queues one alert to the person on call, a second run none, nine reports one alert; unacknowledged it goes to the second; status exits 2")
    func wakesOnceAndEscalates() throws {
        let place = try segment()
        try report(place, banks: 1...1)
        try place.segdesk("alert")
        try place.segdesk("alert")
        #expect(try place.alertMessages() == ["kari@koordinator.example [SEG-ALERT-1] P1: SEG-1 from Bank 1: HTTP 500 fra felles-api (felles-api)"])
        try report(place, banks: 2...9)
        try place.segdesk("alert")
        #expect(try place.alertMessages().count == 1)
        #expect(try place.segdesk("alert", "list").contains("9 consumers report DAS-003 on felles-api"))
        let status = try TmuxSession.run(["sh", "-c", "'\(TmuxSession.executable)' status --db '\(place.database)' >/dev/null; echo $?"])
        #expect(status == "2\n")
        Thread.sleep(forTimeInterval: 3.2)
        try place.segdesk("alert")
        let messages = try place.alertMessages()
        #expect(messages.count == 2)
        #expect(messages.last == "ola@koordinator.example [SEG-ALERT-1] Not acknowledged: P1: 9 consumers report DAS-003 on felles-api")
        let body = try TmuxSession.run(["sqlite3", place.database, "SELECT body FROM outbox WHERE id = 1"])
        #expect(body.contains("Open it: ssh desk.koordinator.example segdesk --open SEG-1"))
    }

    @Test("a in the dashboard's ! list acknowledges the alert, and the journal names the OS user though USER says somebody")
    func acknowledgedInTheDashboard() throws {
        let place = try segment()
        try report(place, banks: 1...1)
        try place.segdesk("alert")
        let session = try TmuxSession(command: place.environment.dropFirst().joined(separator: " ") + " '\(TmuxSession.executable)'",
                                      width: 80, height: 24, environment: ["LANG": "C.UTF-8"])
        try session.waitFor("! 1 open alert")
        try session.send("!")
        try session.waitFor("ALERT-1 P1")
        try session.send("a")
        try session.waitFor("ALERT-1 acknowledged")
        try session.send("Escape", "q")
        try session.waitFor("[exit 0]")
        let login = String(cString: getpwuid(getuid())!.pointee.pw_name)
        let journal = try TmuxSession.run(["sqlite3", place.database, "SELECT operator || ' ' || after FROM journal WHERE entity = 'alert' AND action = 'acknowledged'"])
        #expect(journal == "\(login) by=\(login) via=dashboard\n")
        #expect(try place.segdesk("alert", "list") == "")
    }

    @Test("--open SEG-1 opens the dashboard on the report, as the alert says")
    func opensTheRecord() throws {
        let place = try segment()
        try report(place, banks: 1...1)
        let session = try TmuxSession(command: place.environment.dropFirst().joined(separator: " ") + " '\(TmuxSession.executable)' --open SEG-1",
                                      width: 80, height: 24, environment: ["LANG": "C.UTF-8"])
        // The record's own heading and its error-code line: the list shows neither at 80 columns.
        try session.waitFor("Incident #1: HTTP 500 fra felles-api")
        try session.waitFor("Error code   DAS-003")
        try session.send("q")
        let refused = try #require(throws: TmuxSession.CommandFailed.self) { try place.segdesk("--open", "SEG-x") }
        #expect(refused.status == 2)
    }
}
