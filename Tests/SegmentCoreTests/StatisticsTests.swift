import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

@Suite("Statistics and plots", .checkingStores)
struct StatisticsTests {
    @Test("a sparkline scales to its largest value, shows quiet days as gaps, and has an ASCII form")
    func sparkline() {
        #expect(Plot.sparkline([0, 1, 4, 8], unicode: true) == " ▁▄█")
        #expect(Plot.sparkline([0, 1, 4, 8], unicode: false) == " .~#")
        #expect(Plot.sparkline([0, 0], unicode: true) == "  ")
        #expect(Plot.bar(3, of: 4, width: 8, unicode: false) == "######..")
        #expect(Plot.bar(0, of: 0, width: 3, unicode: true) == "░░░")
    }

    @Test("given three banks reporting HTTP 503 today, the report counts them on the service's last day, from kept counts")
    func reportsPerDay() throws {
        let store = try emptyStore()
        let ids = try threeBanksReporting(["HTTP 503 A", "HTTP 503 B", "HTTP 503 C"], in: store)
        #expect(try store.database.scalar("SELECT sum(reports) FROM incident_days") == 3)
        var statistics = try store.statistics(days: 7)
        let inntekt = try #require(statistics.services.first { $0.service == "inntekt-api" })
        #expect(inntekt.perDay == [0, 0, 0, 0, 0, 0, 3])
        #expect(statistics.topConsumers.map(\.reports) == [1, 1, 1])
        #expect(statistics.slaMetPercent == nil)
        try store.triageDesk.triage(.setStatus(.triaged, nil), incidents: [ids[0]])
        #expect(try store.statistics(days: 7).slaMetPercent == nil, "triage is not an answer")
        try store.triageDesk.triage(.answered(note: "ringte banken"), incidents: [ids[0]])
        statistics = try store.statistics(days: 7)
        #expect(statistics.slaMetPercent == 100)
        let text = statistics.text(unicode: false, in: .english)
        #expect(text.contains("  inntekt-api   ")  && text.contains("      #  3 (max 3/day)"))
        #expect(text.contains("First answer within the SLA: 100.0 %"))
    }

    @Test("given 3 reports on inntekt-api and 1 by mail naming no known service, the report counts 4 in all, the fourth as unknown service")
    func unknownServiceCounts() throws {
        let store = try emptyStore()
        _ = try threeBanksReporting(["HTTP 503 A", "HTTP 503 B", "HTTP 503 C"], in: store)
        let unsorted = try store.intakeDesk.unsortedServiceID()
        _ = try store.intakeDesk.addIncident(NewIncident(externalID: "M-1", consumerID: nil, serviceID: unsorted,
                                                         receivedAt: testNow - 60, title: "Hjelp"))
        let statistics = try store.statistics(days: 7)
        #expect(statistics.perDay.reduce(0, +) == 4)
        #expect(statistics.perDay.reduce(0, +) == (try store.database.scalar("SELECT count(*) FROM incidents") as Int))
        let text = statistics.text(unicode: false, in: .english)
        #expect(text.contains("(4 in all;"))
        #expect(text.contains("  unknown service   ") && text.contains("1 (max 1/day)"))
    }

    @Test("moving an incident to another service moves its count; an import counts what it added in one statement")
    func countsFollow() throws {
        let store = try emptyStore()
        let ids = try threeBanksReporting(["a", "b", "c"], in: store)
        let provider = try store.database.scalar("SELECT id FROM providers LIMIT 1")
        try store.providers.addService(providerID: Int64(provider), key: "felles-api", name: "Felles", environments: [.production])
        try store.triageDesk.setService(incidentID: ids[0], serviceKey: "felles-api")
        let statistics = try store.statistics(days: 1)
        #expect(statistics.services.first { $0.service == "felles-api" }?.perDay == [1])
        #expect(statistics.services.first { $0.service == "inntekt-api" }?.perDay == [2])
        let file = #"{"external_id":"X-1","consumer":"974760673","service":"inntekt-api","received_at":"2026-11-26T11:00:00Z","title":"503"}"#
        let contents = IncidentFile.read(Data(file.utf8), name: "i.jsonl", csv: false)
        _ = try store.intakeDesk.importIncidents(contents.records, problems: contents.problems, file: "i.jsonl", skipBad: false)
        #expect(try store.statistics(days: 1).services.first { $0.service == "inntekt-api" }?.perDay == [3])
    }
}
