import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

/// Each rule that wakes the person on call, found once.
@Suite("What raises an alert", .checkingStores)
struct AlertRuleTests {
    private final class Clock: @unchecked Sendable {
        var now = testNow
    }

    private let ladder = OnCallLadder(first: "kari@koordinator.example", second: "ola@koordinator.example", last: "liv@koordinator.example")

    private func titles(_ run: AlertRun, _ store: Store) throws -> [String] {
        try run.raised.compactMap { try store.alerts.alert($0).map { "\($0.priority.label) \($0.title)" } }
    }

    @Test("the provider's outage mail, taken in as a draft notice, is a P1 alert; its ordinary news is none")
    func providerOutage() throws {
        let clock = Clock()
        let store = try testStore(path: ":memory:", operatorLogin: "kari", now: { clock.now })
        _ = try threeBanksReporting(["HTTP 503 A", "HTTP 503 B", "HTTP 503 C"], in: store)
        let provider = try #require(try store.database.first("SELECT email FROM providers LIMIT 1", [], { $0.string(0) }))
        let outage = "From: <\(provider)>\r\nSubject: Driftsavvik: inntekt-api utilgjengelig\r\nMessage-ID: <o1@x.example>\r\n\r\nVi har nedetid.\r\n"
        let news = "From: <\(provider)>\r\nSubject: Nytt nyhetsbrev\r\nMessage-ID: <o2@x.example>\r\n\r\nHei alle.\r\n"
        for mail in [outage, news] { _ = try MailIntake(store: store).take(try InboundMail.parse(Array(mail.utf8)), deliveredAt: clock.now) }
        var policy = AlertPolicy()
        policy.priority = .p1
        let run = try store.alertDesk.run(policy: policy, ladder: ladder)
        #expect(try titles(run, store).filter { $0.contains("announces") } == ["P1 Skatteetaten announces: Driftsavvik: inntekt-api utilgjengelig"])
        #expect(try store.alertDesk.run(policy: policy, ladder: ladder).raised.isEmpty)
    }

    @Test("a forwarded case past the provider's target to acknowledge is one alert, as urgent as its reports; resolved late, another")
    func lateCase() throws {
        let clock = Clock()
        var coordination = CoordinationPolicy()
        coordination.providerResponse[.p1] = 2 * 3600
        coordination.providerResolution[.p1] = 86_400
        let store = try testStore(path: ":memory:", operatorLogin: "kari", now: { clock.now }, policy: coordination)
        let ids = try threeBanksReporting(["HTTP 503 A", "HTTP 503 B", "HTTP 503 C"], in: store)
        try store.triageDesk.triage(.assess(Assessment(impact: 1, urgency: 1)), incidents: ids)
        let caseID = try #require(try Grouping(store: store).group(ids).openedCaseID)
        try Forwarding(store: store).forward(caseID: caseID)
        try store.triageDesk.triage(.answered(note: nil), incidents: ids)
        var policy = AlertPolicy()
        policy.before = 60
        _ = try store.alertDesk.run(policy: policy, ladder: ladder)
        clock.now += 3 * 3600
        let late = try store.alertDesk.run(policy: policy, ladder: ladder)
        #expect(try titles(late, store).contains("P1 SEG-C\(caseID) not acknowledged by the provider in time: " + (try store.caseDesk.caseRow(id: caseID).title)))
        #expect(try store.alertDesk.run(policy: policy, ladder: ladder).raised.isEmpty)
    }

    @Test("a message failed for longer than alert.outbox is one alert for all such messages; an alert's own failed mail raises none")
    func stuckMessages() throws {
        let clock = Clock()
        let store = try testStore(path: ":memory:", operatorLogin: "kari", now: { clock.now })
        let first = try store.outbox.queue(to: "drift@bank1.example", subject: "Svar", body: "Tekst", entity: .consumer, entityID: 0)
        let second = try store.outbox.queue(to: "drift@bank2.example", subject: "Svar", body: "Tekst", entity: .consumer, entityID: 0)
        let own = try store.outbox.queue(to: "kari@koordinator.example", subject: "[SEG-ALERT-9] P1", body: "x", entity: .alert, entityID: 9)
        try store.database.run("UPDATE outbox SET status = 'failed', last_error = 'connection refused' WHERE id IN (?, ?, ?)",
                               [.integer(first), .integer(second), .integer(own)])
        let policy = AlertPolicy()
        #expect(try store.alertDesk.run(policy: policy, ladder: ladder).raised.isEmpty, "not yet 30 minutes")
        clock.now += 31 * 60
        let run = try store.alertDesk.run(policy: policy, ladder: ladder)
        #expect(try titles(run, store) == ["P2 2 messages not sent for 30m"])
    }
}
