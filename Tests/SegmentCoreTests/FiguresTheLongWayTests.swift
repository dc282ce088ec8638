import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

/// Every figure the header, the report and the digest give is read by one
/// query from kept counts or an index; counted again here the long way, from
/// the exported rows, on the same data after a day's work, each must agree.
@Suite("Figures counted the long way", .checkingStores)
struct FiguresTheLongWayTests {
    /// Every exported row of `kind`, as JSON objects.
    private func rows(_ store: Store, _ kind: ExportKind) throws -> [[String: Any]] {
        var text = ""
        try Exporter(store: store, keepingPersonalData: true).export(kind, format: .jsonl, forTerminal: false) { text += $0 }
        return try text.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    private func time(_ value: Any?) -> Int64? { (value as? String).flatMap(Timestamp.parse) }

    /// The demo segment after a day's work: triage, an answer by phone, a
    /// grouping, a reply, a resolved case and a report by mail with no service.
    private func dayOfWork() throws -> Store {
        let store = try demoStore(consumers: 30, incidents: 400)
        let open = try rows(store, .incidents).filter { ($0["status"] as? String) == "new" }.compactMap { $0["id"] as? Int64 }
        try store.triageDesk.triage(.advanceStatus, incidents: Array(open.prefix(5)))
        try store.triageDesk.triage(.answered(note: "ringte"), incidents: [open[5]])
        if let proposal = try store.groupingProposals().first { _ = try Grouping(store: store).group(proposal) }
        let unsorted = try store.intakeDesk.unsortedServiceID()
        _ = try store.intakeDesk.addIncident(NewIncident(externalID: "M-1", consumerID: nil, serviceID: unsorted,
                                                         receivedAt: testNow - 120, title: "Hjelp"))
        if let open = try rows(store, .cases).first(where: { ($0["status"] as? String) == "acknowledged" })?["id"] as? Int64 {
            try store.caseDesk.resolveCase(caseID: open, resolution: "Rettet.")
        }
        return store
    }

    @Test("the header's counts: new, open, overdue, unmatched, open cases, drafts, queued and failed")
    func header() throws {
        let store = try dayOfWork()
        let overview = try store.overview()
        let incidents = try rows(store, .incidents)
        let open = incidents.filter { IncidentStatus(rawValue: $0["status"] as? String ?? "")?.isOpen == true }
        #expect(overview.newIncidents == incidents.filter { ($0["status"] as? String) == "new" }.count)
        #expect(overview.openIncidents == open.count)
        #expect(overview.slaBreaches == open.filter { (time($0["sla_due_at"]) ?? .max) < testNow }.count)
        #expect(overview.unmatchedIncidents == open.filter { $0["consumer"] is NSNull }.count)
        let cases = try rows(store, .cases)
        #expect(overview.openCases == cases.filter { ["open", "forwarded", "acknowledged"].contains($0["status"] as? String ?? "") }.count)
        #expect(overview.draftNotices == (try rows(store, .notices)).filter { $0["published_at"] is NSNull }.count)
        let messages = try store.outbox.messages()
        #expect(overview.messagesQueued == messages.filter { $0.status == .queued }.count)
        #expect(overview.messagesFailed == messages.filter { $0.status == .failed || $0.status == .uncertain }.count)
        #expect(overview.messagesQueued > 0, "the day's messages wait for deliver")
    }

    @Test("the report's figures: reports in all and per service, the ten consumers reporting most, the share answered in time")
    func report() throws {
        let store = try dayOfWork()
        let days = 30
        let statistics = try store.statistics(days: days)
        #expect(!statistics.topConsumers.isEmpty && statistics.slaMetPercent != nil)
        let since = (testNow / 86_400 - Int64(days) + 1) * 86_400
        let incidents = try rows(store, .incidents).filter { (time($0["received_at"]) ?? 0) >= since }
        #expect(statistics.perDay.reduce(0, +) == incidents.count)
        for service in statistics.services {
            let key = service.service ?? Store.unsortedServiceKey
            #expect(service.perDay.reduce(0, +) == incidents.filter { ($0["service"] as? String) == key }.count, "\(key)")
        }
        let perConsumer = Dictionary(grouping: incidents.compactMap { $0["consumer"] as? String }, by: { $0 }).mapValues(\.count)
        for consumer in statistics.topConsumers {
            #expect(consumer.reports == perConsumer[consumer.organisationNumber], "\(consumer.organisationNumber)")
        }
        #expect(statistics.topConsumers.first?.reports == perConsumer.values.max())
        let targets = store.policy.serviceLevel.firstResponse
        let judged = incidents.filter { incident in
            let priority = Priority(rawValue: Int((incident["priority"] as? String)?.dropFirst() ?? "") ?? 0) ?? .p3
            let due = (time(incident["received_at"]) ?? 0) + targets[priority]!
            return time(incident["first_answer_at"]) != nil || due < testNow
        }
        let met = judged.filter { incident in
            let priority = Priority(rawValue: Int((incident["priority"] as? String)?.dropFirst() ?? "") ?? 0) ?? .p3
            guard let answered = time(incident["first_answer_at"]) else { return false }
            return answered - (time(incident["received_at"]) ?? 0) <= targets[priority]!
        }
        let expected = judged.isEmpty ? nil : Double(met.count) * 100 / Double(judged.count)
        #expect(statistics.slaMetPercent == expected)
    }

    @Test("the digest's figures: open cases and their consumers, reports per service in the period, backers of the top needs")
    func digest() throws {
        let store = try dayOfWork()
        let digest = try store.digest(days: 7)
        #expect(!digest.cases.isEmpty && !digest.services.isEmpty && !digest.needs.isEmpty, "the demo has something of each")
        let cases = try rows(store, .cases)
        let open = cases.filter { ["open", "forwarded", "acknowledged"].contains($0["status"] as? String ?? "") }
        #expect(Set(digest.cases.map(\.id)) == Set(open.compactMap { $0["id"] as? Int64 }))
        for item in digest.cases {
            let row = try #require(open.first { ($0["id"] as? Int64) == item.id })
            #expect(item.consumers == row["consumers_affected"] as? Int, "case \(item.id)")
        }
        let since = testNow - 7 * 86_400
        let incidents = try rows(store, .incidents).filter { (time($0["received_at"]) ?? 0) >= since }
        for service in digest.services {
            #expect(service.incidents == incidents.filter { ($0["service"] as? String) == service.service }.count, "\(service.service)")
        }
        let backings = try rows(store, .backings)
        for need in digest.needs {
            #expect(need.backers == backings.filter { ($0["need"] as? Int64) == need.id }.count, "need \(need.id)")
        }
    }
}
