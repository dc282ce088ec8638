import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

@Suite("A consumer's correspondence in one place", .checkingStores)
struct CorrespondenceTests {
    /// The store's clock, moved on as the story goes.
    private final class Clock: @unchecked Sendable {
        var now = testNow
    }

    /// Fjordbanken and Bjørnøya Sparebank, live on Skatteetaten's inntekt-api.
    private func segment(now: @escaping () -> Int64) throws -> Store {
        let store = try testStore(path: ":memory:", operatorLogin: "kari", now: now)
        let provider = try store.providers.add(key: "ske", name: "Skatteetaten", email: "tilbyder@skatteetaten.example")
        let service = try store.providers.addService(providerID: provider, key: "inntekt-api", name: "Inntekt", environments: [.production])
        for (number, name, domain) in [("974760673", "Fjordbanken", "fjordbanken.example"), ("910212958", "Bjørnøya Sparebank", "bjornoya.example")] {
            try store.addConsumer(NewConsumer(
                organisationNumber: try OrganisationNumber(number), name: name, mailDomain: domain, stage: .live,
                contacts: [Contact(role: .technical, name: "Drift", email: "drift@\(domain)", isSharedMailbox: true)], serviceIDs: [service]))
        }
        return store
    }

    private func report(from domain: String, id: String) throws -> InboundMail {
        try InboundMail.parse(Array("""
            From: Drift <drift@\(domain)>\r\nMessage-ID: <\(id)@\(domain)>\r\nSubject: inntekt-api gir HTTP 503\r\n\r\nAlle kall feiler siden 07:10.
            """.utf8))
    }

    /// Fjordbanken reports by mail, is sent a breaking notice, reminded of it,
    /// told of a correction, and told its report is resolved; Bjørnøya is
    /// sent the notice and its correction.
    private func history(_ store: Store, clock: Clock) throws -> Int64 {
        guard case .newIncident(let incident, _) = try MailIntake(store: store).take(try report(from: "fjordbanken.example", id: "r1"),
                                                                                       deliveredAt: clock.now) else {
            Issue.record("the report made no incident")
            return 0
        }
        let (notice, _) = try store.noticeDesk.writeNotice(NoticeDraft(
            kind: .interfaceChange, title: "Inntekt API v1 fases ut", body: "Bytt til v2.", serviceKeys: ["inntekt-api"],
            effectiveAt: clock.now + 20 * 86_400, deadline: clock.now + 10 * 86_400, breaking: true))
        try store.noticeDesk.publishNotice(id: notice)
        clock.now += 3 * 86_400 + 3_600
        try store.noticeDesk.acknowledge(noticeID: notice, organisationNumber: "910212958", state: .ready, note: nil)
        #expect(try store.sendReminders(try store.noticeDesk.noticeReminders()) == 1)
        clock.now += 3_600
        try store.noticeDesk.correctNotice(id: notice, .postpone("2026-12-20"))
        clock.now += 3_600
        try Replies(store: store).send(incidentID: incident, text: "Feilen er rettet hos tilbyder.", resolution: .providerFault)
        return incident
    }

    @Test("a bank's record lists its report, the notice, the reminder, the correction and the resolution, newest first; the other bank's are not there")
    func consumerRecord() throws {
        let clock = Clock()
        let store = try segment(now: { clock.now })
        _ = try history(store, clock: clock)
        let fjordbanken = try store.consumerDesk.consumer(id: 1).correspondence
        #expect(fjordbanken.total == 5)
        #expect(fjordbanken.entries.map(\.kind) == ["incident", "notice", "notice", "notice", "report"])
        #expect(fjordbanken.entries.map(\.state) == [.queued, .queued, .queued, .queued, .received])
        #expect(fjordbanken.entries[0].subject.contains("SEG-1"))
        #expect(fjordbanken.entries[1].subject.hasPrefix("[SEG-N1] Endret:"))
        #expect(fjordbanken.entries[2].subject.hasPrefix("[SEG-N1] Påminnelse:"))
        #expect(fjordbanken.entries.last?.address == "drift@fjordbanken.example")
        let bjornoya = try store.consumerDesk.consumer(id: 2).correspondence
        #expect(bjornoya.entries.map(\.subject).allSatisfy { $0.hasPrefix("[SEG-N1]") } && bjornoya.total == 2)
        let whole = try #require(try store.correspondence.message(.received, id: fjordbanken.entries[4].id))
        #expect(whole.body == "Alle kall feiler siden 07:10.")
        let sent = try #require(try store.correspondence.message(.sent, id: fjordbanken.entries[0].id))
        #expect(sent.headers.first { $0.name == "In-Reply-To" }?.value == "<r1@fjordbanken.example>")
        #expect(sent.body.contains("Feilen er rettet hos tilbyder."))
    }

    @Test("export messages --consumer writes one bank's messages oldest first, masked; --since leaves out the days before")
    func export() throws {
        let clock = Clock()
        let store = try segment(now: { clock.now })
        _ = try history(store, clock: clock)
        var lines: [String] = []
        try Exporter(store: store).export(.messages, format: .jsonl, forTerminal: false, filter: ExportFilter(consumerID: 1)) {
            lines += $0.split(separator: "\n").map(String.init)
        }
        #expect(lines.count == 5)
        #expect(lines.allSatisfy { $0.contains(#""consumer":"974760673""#) })
        #expect(lines[0].contains(#""direction":"received""#) && lines[0].contains(#""kind":"report""#))
        #expect(lines[2].contains("Påminnelse") && lines[3].contains("Endret") && lines[4].contains(#""record":"incident""#))
        var recent: [String] = []
        try Exporter(store: store).export(.messages, format: .jsonl, forTerminal: false, filter: ExportFilter(consumerID: 1, since: testNow + 86_400)) {
            recent += $0.split(separator: "\n").map(String.init)
        }
        #expect(recent.count == 3)
    }

    @Test("a case's record shows what went to the provider and to its reporters")
    func caseRecord() throws {
        let store = try testStore(path: ":memory:", operatorLogin: "kari", now: { testNow })
        let incidents = try threeBanksReporting(["503", "503", "503"], in: store)
        let caseID = try #require(try Grouping(store: store).group(incidents).openedCaseID)
        try Forwarding(store: store).forward(caseID: caseID)
        _ = try store.caseDesk.tellReporters(caseID: caseID, text: "Tilbyder feilsøker.")
        let sent = try store.caseDesk.providerCase(id: caseID).messagesSent
        #expect(sent.total == 4)
        #expect(sent.entries.filter { $0.record == .providerCase }.count == 1)
    }
}
