import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

/// The person on call, woken once: a segment set up from empty files (one
/// provider, ten banks on felles-api), Kari on call with Ola as her second
/// and Liv, the coordinator's manager, last; at 03:00 the reports come in.
@Suite("Alerts wake the person on call once", .checkingStores)
struct AlertTests {
    /// The store's clock, moved on as the night goes.
    private final class Clock: @unchecked Sendable {
        /// 2026-11-27 03:00 in Oslo.
        var now = testNow + 14 * 3600
    }

    private let policy: AlertPolicy = {
        var policy = AlertPolicy()
        policy.onCall = "kari@koordinator.example"
        policy.last = "liv@koordinator.example"
        return policy
    }()

    private let ladder = OnCallLadder(first: "kari@koordinator.example", second: "ola@koordinator.example", last: "liv@koordinator.example")

    private func segment(_ clock: Clock) throws -> Store {
        let store = try testStore(path: ":memory:", operatorLogin: "kari", now: { clock.now })
        let services = #"{"provider":"ske","provider_name":"Skatteetaten","provider_email":"drift@skatteetaten.example","service":"felles-api","service_name":"Felles","environments":["production"]}"#
        let numbers = ["910000004", "910000071", "910000144", "910000217", "910000284", "910000357", "910000497", "910000632", "910000705", "910000772"]
        let consumers = numbers.enumerated().map { index, number in
            #"{"org_number":"\#(number)","name":"Bank \#(index + 1)","mail_domain":"bank\#(index + 1).example","stage":"live","services":["felles-api"],"contacts":[{"role":"technical","name":"Drift","email":"drift@bank\#(index + 1).example"}]}"#
        }.joined(separator: "\n")
        _ = try store.intakeDesk.importServices(IntakeFile.read(Data(services.utf8), name: "s.jsonl", csv: false, as: IncomingService.self),
                                                file: "s.jsonl", skipBad: false)
        _ = try store.consumerDesk.importConsumers(IntakeFile.read(Data(consumers.utf8), name: "c.jsonl", csv: false, as: IncomingConsumer.self),
                                                   file: "c.jsonl", skipBad: false)
        return store
    }

    /// Banks 1...`count` report `code` on felles-api now, at `priority` (P1 or P2).
    @discardableResult
    private func reports(_ store: Store, banks: ClosedRange<Int>, code: String = "DAS-003", priority: Priority = .p1, tag: String = "A") throws -> Int {
        let numbers = try store.database.rows("SELECT org_number FROM consumers ORDER BY id") { $0.string(0) }
        let lines = banks.map { bank in
            #"{"external_id":"\#(tag)-\#(bank)","consumer":"\#(numbers[bank - 1])","service":"felles-api","received_at":"\#(Timestamp.iso(store.now()))","title":"HTTP 500 fra felles-api","error_code":"\#(code)","impact":1,"urgency":\#(priority.rawValue)}"#
        }.joined(separator: "\n")
        let file = IncidentFile.read(Data(lines.utf8), name: "i.jsonl", csv: false)
        return try store.intakeDesk.importIncidents(file.records, problems: file.problems, file: "i.jsonl", skipBad: false).imported
    }

    private func alertMessages(_ store: Store) throws -> [(to: String, subject: String, body: String)] {
        try store.database.rows("SELECT recipient, subject, body FROM outbox WHERE entity = 'alert' ORDER BY id") { ($0.string(0), $0.string(1), $0.string(2)) }
    }

    @Test("a P1 report at night queues one message to the person on call; a second run queues none")
    func onceForOneReport() throws {
        let clock = Clock()
        let store = try segment(clock)
        try reports(store, banks: 1...1)
        let first = try store.alertDesk.run(policy: policy, ladder: ladder)
        #expect(first.raised.count == 1 && first.sent.count == 1)
        let second = try store.alertDesk.run(policy: policy, ladder: ladder)
        #expect(second.raised.isEmpty && second.sent.isEmpty)
        let messages = try alertMessages(store)
        #expect(messages.count == 1)
        #expect(messages.first?.to == "kari@koordinator.example")
        #expect(messages.first?.subject == "[SEG-ALERT-1] P1: SEG-1 from Bank 1: HTTP 500 fra felles-api (felles-api)")
        #expect(messages.first?.body.contains("Open it: segdesk --open SEG-1") == true)
        #expect(messages.first?.body.contains("segdesk alert ack 1") == true)
    }

    @Test("nine banks reporting DAS-003 on felles-api within the window are one alert: 9 consumers report DAS-003 on felles-api")
    func nineReportsOneAlert() throws {
        let clock = Clock()
        let store = try segment(clock)
        try reports(store, banks: 1...4)
        _ = try store.alertDesk.run(policy: policy, ladder: ladder)
        clock.now += 60
        try reports(store, banks: 5...9)
        let later = try store.alertDesk.run(policy: policy, ladder: ladder)
        #expect(later.raised.isEmpty && later.grown == [1] && later.sent.isEmpty)
        let alert = try #require(try store.alerts.alert(1))
        #expect(alert.title == "9 consumers report DAS-003 on felles-api")
        #expect(alert.items == 9)
        #expect(try alertMessages(store).count == 1)
    }

    @Test("a P2 report raises no new-report alert; a report an announced outage absorbs raises none")
    func onlyUrgentUnabsorbed() throws {
        let clock = Clock()
        let store = try segment(clock)
        try reports(store, banks: 1...1, priority: .p2)
        let outage = #"{"provider":"ske","kind":"outage","title":"Felles-API nede","services":["felles-api"],"effective_at":"\#(Timestamp.iso(clock.now - 600))","ends_at":"\#(Timestamp.iso(clock.now + 7200))","publish":true}"#
        _ = try store.noticeDesk.importNotices(IntakeFile.read(Data(outage.utf8), name: "n.jsonl", csv: false, as: IncomingNotice.self),
                                               file: "n.jsonl", skipBad: false)
        try reports(store, banks: 2...2, tag: "B")
        #expect(try store.incident(id: 2).row.status == .forwarded)
        let run = try store.alertDesk.run(policy: policy, ladder: ladder)
        #expect(run.raised.isEmpty)
    }

    @Test("not acknowledged within alert.escalate it goes to the second address, then to alert.last, then no further")
    func escalation() throws {
        let clock = Clock()
        let store = try segment(clock)
        try reports(store, banks: 1...1)
        _ = try store.alertDesk.run(policy: policy, ladder: ladder)
        clock.now += 14 * 60
        #expect(try store.alertDesk.run(policy: policy, ladder: ladder).sent.isEmpty)
        clock.now += 60
        let second = try store.alertDesk.run(policy: policy, ladder: ladder)
        #expect(second.sent.map(\.to) == ["ola@koordinator.example"])
        clock.now += 15 * 60
        #expect(try store.alertDesk.run(policy: policy, ladder: ladder).sent.map(\.to) == ["liv@koordinator.example"])
        clock.now += 15 * 60
        #expect(try store.alertDesk.run(policy: policy, ladder: ladder).sent.isEmpty)
        let messages = try alertMessages(store)
        #expect(messages.map(\.to) == ["kari@koordinator.example", "ola@koordinator.example", "liv@koordinator.example"])
        #expect(messages[1].subject.hasPrefix("[SEG-ALERT-1] Not acknowledged: P1: "))
        #expect(messages[1].body.contains("Sent to kari@koordinator.example; not acknowledged within 15m."))
    }

    @Test("an acknowledged alert climbs no further, and acknowledging it twice is refused with who did")
    func acknowledged() throws {
        let clock = Clock()
        let store = try segment(clock)
        try reports(store, banks: 1...1)
        _ = try store.alertDesk.run(policy: policy, ladder: ladder)
        try store.alertDesk.acknowledge(1, via: "dashboard")
        clock.now += 20 * 60
        #expect(try store.alertDesk.run(policy: policy, ladder: ladder).sent.allSatisfy { $0.alert != 1 })
        #expect(try store.alerts.alert(1)?.level == 1)
        #expect(throws: StoreError.refused(.alertAcknowledged(id: 1, by: "kari"))) { try store.alertDesk.acknowledge(1, via: "dashboard") }
        #expect(throws: StoreError.refused(.noAlert(id: 9))) { try store.alertDesk.acknowledge(9, via: "dashboard") }
        let entry = try store.database.first("SELECT operator, after FROM journal WHERE entity = 'alert' AND action = 'acknowledged'") {
            ($0.string(0), $0.string(1))
        }
        #expect(entry?.0 == "kari" && entry?.1 == "by=kari via=dashboard")
    }

    @Test("a reply ACK from the address alerted acknowledges; KVITTERT too; ACK from anyone else does not, and becomes no change to the alert")
    func acknowledgedByMail() throws {
        let clock = Clock()
        let store = try segment(clock)
        try reports(store, banks: 1...1)
        try reports(store, banks: 2...2, code: "TD-005", tag: "B")
        _ = try store.alertDesk.run(policy: policy, ladder: ladder)
        func reply(from: String, alert: Int64, text: String, id: String) throws -> MailIngestOutcome {
            let mail = "From: <\(from)>\r\nSubject: Re: [SEG-ALERT-\(alert)] P1\r\nMessage-ID: <\(id)@x.example>\r\n\r\n\(text)\r\n> quoted\r\n"
            return try MailIntake(store: store).take(try InboundMail.parse(Array(mail.utf8)), deliveredAt: clock.now)
        }
        let stranger = try reply(from: "someone@elsewhere.example", alert: 1, text: "ACK", id: "s1")
        #expect(stranger != .alertReply(alertID: 1, acknowledged: true))
        #expect(try store.alerts.alert(1)?.isOpen == true)
        #expect(try reply(from: "kari@koordinator.example", alert: 1, text: "Ser på det", id: "k0") == .alertReply(alertID: 1, acknowledged: false))
        #expect(try reply(from: "Kari@Koordinator.example", alert: 1, text: "ack, ser på det", id: "k1") == .alertReply(alertID: 1, acknowledged: true))
        #expect(try reply(from: "kari@koordinator.example", alert: 2, text: "KVITTERT", id: "k2") == .alertReply(alertID: 2, acknowledged: true))
        let acknowledged = try #require(try store.alerts.alert(1))
        #expect(acknowledged.acknowledgedBy == "kari@koordinator.example")
    }

    @Test("in the quiet hours a P2 alert waits; at 07:00 the held alerts go as one summary, while a P1 goes at once")
    func quietHours() throws {
        let clock = Clock()
        let store = try segment(clock)
        var quiet = policy
        quiet.priority = .p2
        quiet.quiet = QuietHours("22:00 07:00")
        try reports(store, banks: 1...1, code: "A-1", priority: .p2, tag: "A")
        try reports(store, banks: 2...2, code: "B-2", priority: .p2, tag: "B")
        let night = try store.alertDesk.run(policy: quiet, ladder: ladder)
        #expect(night.held.count == 2 && night.sent.isEmpty)
        try reports(store, banks: 3...3, code: "C-3", priority: .p1, tag: "C")
        #expect(try store.alertDesk.run(policy: quiet, ladder: ladder).sent.count == 1)
        clock.now += 4 * 3600
        let morning = try store.alertDesk.run(policy: quiet, ladder: ladder)
        let summaries = morning.sent.filter { $0.rule == "summary" }
        #expect(summaries.count == 1)
        #expect(summaries.first?.subject.contains("2 alerts held for the quiet hours") == true)
    }

    @Test("a first-answer clock about to break raises one alert; acknowledged, one more when it broke")
    func clocks() throws {
        let clock = Clock()
        let store = try segment(clock)
        try reports(store, banks: 1...1, priority: .p2)
        // P2: a first answer within 2 h.
        clock.now += 2 * 3600 - 10 * 60
        let soon = try store.alertDesk.run(policy: policy, ladder: ladder)
        #expect(try soon.raised.map { try store.alerts.alert($0)?.title } == ["1 report: first answer due within 15m"])
        try store.alertDesk.acknowledge(soon.raised[0], via: "dashboard")
        clock.now += 20 * 60
        let broken = try store.alertDesk.run(policy: policy, ladder: ladder)
        #expect(try broken.raised.map { try store.alerts.alert($0)?.title } == ["1 report: first answer overdue"])
        #expect(try store.alertDesk.run(policy: policy, ladder: ladder).raised.isEmpty)
    }

    @Test("a report's clock joins its open alert without waking anyone, and is not counted as another report")
    func clockJoinsItsAlert() throws {
        let clock = Clock()
        let store = try segment(clock)
        try reports(store, banks: 1...1)
        _ = try store.alertDesk.run(policy: policy, ladder: ladder)
        clock.now += 16 * 60
        let joined = try store.alertDesk.run(policy: policy, ladder: ladder)
        #expect(joined.raised.isEmpty)
        #expect(try store.database.scalar("SELECT count(*) FROM alert_items WHERE alert_id = 1") == 2)
        try reports(store, banks: 1...1, tag: "B")
        _ = try store.alertDesk.run(policy: policy, ladder: ladder)
        #expect(try store.alerts.alert(1)?.title == "2 reports from Bank 1 on felles-api")
    }

    @Test("a dry run says what it would send and writes nothing")
    func dryRun() throws {
        let clock = Clock()
        let store = try segment(clock)
        try reports(store, banks: 1...1)
        let run = try store.alertDesk.run(policy: policy, ladder: ladder, dryRun: true)
        #expect(run.sent.count == 1)
        #expect(try store.alerts.openCount() == 0)
        #expect(try alertMessages(store).isEmpty)
    }

    @Test("with no one on call the alert is kept open and said to have no one; it goes when someone is set")
    func nobodyOnCall() throws {
        let clock = Clock()
        let store = try segment(clock)
        try reports(store, banks: 1...1)
        let run = try store.alertDesk.run(policy: AlertPolicy(), ladder: OnCallLadder(first: nil))
        #expect(run.nobodyOnCall && run.sent.isEmpty)
        #expect(try store.alerts.openCount() == 1)
        #expect(try store.alertDesk.run(policy: policy, ladder: ladder).sent.count == 1)
    }
}

@Suite("Who is on call")
struct OnCallRotaTests {
    private let oslo = DisplayZone(identifier: "Europe/Oslo")

    @Test("a rota's shifts in the segment's zone; a bad line, an overlap and a gap are warnings naming their lines; a gap goes to alert.last")
    func rota() {
        let text = """
            # week 49
            2026-11-30T08:00 2026-12-07T08:00 kari@koordinator.example ola@koordinator.example
            2026-12-07T08:00 2026-12-14T08:00 ola@koordinator.example
            2026-12-13T08:00 2026-12-15T08:00 per@koordinator.example
            2026-12-16T08:00 2026-12-20T08:00 kari@koordinator.example
            tomorrow kari
            """
        let (rota, warnings) = OnCallRota.parse(text, file: "rota", zone: oslo)
        #expect(rota.shifts.count == 4)
        #expect(warnings.count == 3)
        #expect(warnings.contains { $0.hasPrefix("rota:6: expected FROM UNTIL ADDRESS") })
        #expect(warnings.contains { $0.hasPrefix("rota:4: overlaps line 3") })
        #expect(warnings.contains { $0.hasPrefix("rota:5: leaves a gap after line 4") })
        var policy = AlertPolicy()
        policy.last = "liv@koordinator.example"
        // 2026-12-01 12:00 Oslo is 11:00 UTC.
        let monday = OnCallLadder.at(1_796_122_800, policy: policy, rota: rota)
        #expect(monday == OnCallLadder(first: "kari@koordinator.example", second: "ola@koordinator.example", last: "liv@koordinator.example"))
        // 2026-12-15 12:00 Oslo: between shifts.
        let gap = OnCallLadder.at(1_796_122_800 + 14 * 86_400, policy: policy, rota: rota)
        #expect(gap.first == "liv@koordinator.example")
    }

    @Test("alert settings read from the configuration; a bad value is a warning naming the line and keeps the default")
    func configuration() {
        let (configuration, warnings) = Configuration.parse("""
            oncall = kari@koordinator.example
            alert.escalate = 10m
            alert.quiet = 22:00 07:00
            alert.priority = P2
            alert.open = ssh desk.koordinator.example segdesk --open {record}
            alert.before = soon
            """, file: "config")
        #expect(configuration.alerts.onCall == "kari@koordinator.example")
        #expect(configuration.alerts.escalate == 600)
        #expect(configuration.alerts.quiet == QuietHours("22:00 07:00"))
        #expect(configuration.alerts.priority == .p2)
        #expect(configuration.alerts.opening("SEG-4") == "ssh desk.koordinator.example segdesk --open SEG-4")
        #expect(warnings == ["config:6: alert.before expects a duration such as 90s, 15m or 2h, got \"soon\"; the default is kept"])
        #expect(QuietHours("22:00 07:00")?.contains(minute: 23 * 60) == true)
        #expect(QuietHours("22:00 07:00")?.contains(minute: 7 * 60) == false)
    }
}
