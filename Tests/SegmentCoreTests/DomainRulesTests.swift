import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

/// The coordinator's rules as the operator relies on them: whose clock runs,
/// which reports an announced outage takes, and which it must leave alone.
@Suite("Domain rules", .checkingStores)
struct DomainRulesTests {
    /// Skatteetaten with inntekt-api, and three banks with technical contacts.
    private func segment() throws -> (store: Store, service: Int64, provider: Int64, banks: [Int64]) {
        let store = try emptyStore()
        let provider = try store.providers.add(key: "ske", name: "Skatteetaten", email: "p@skatteetaten.example")
        let service = try store.providers.addService(providerID: provider, key: "inntekt-api", name: "Inntekt", environments: [.production])
        var banks: [Int64] = []
        for (index, number) in ["974760673", "910212958", "923609016"].enumerated() {
            banks.append(try store.addConsumer(NewConsumer(
                organisationNumber: try OrganisationNumber(number), name: "Bank \(index)", stage: .live,
                contacts: [Contact(role: .technical, name: "Drift", email: "drift@bank\(index).example", isSharedMailbox: true)])))
        }
        return (store, service, provider, banks)
    }

    private func report(_ store: Store, bank: Int64, service: Int64, minutesAgo: Int64, code: String? = "HTTP 503",
                        kind: IncidentKind = .error) throws -> Int64 {
        var incident = NewIncident(externalID: "R-\(bank)-\(minutesAgo)", consumerID: bank, serviceID: service,
                                   receivedAt: testNow - minutesAgo * 60, title: "Feil \(code ?? "")")
        incident.errorCode = code
        incident.kind = kind
        return try store.intakeDesk.addIncident(incident)
    }

    private func announceOutage(_ store: Store, provider: Int64, service: Int64, banks: [Int64]) throws {
        try store.addNotice(providerID: provider, kind: .deviation, title: "Avvik på Inntekt API", body: "", breaking: false,
                            announcedAt: testNow - 3_600, publishedAt: testNow - 3_600, effectiveAt: testNow - 3_600, endsAt: testNow + 3_600,
                            serviceIDs: [service], consumerIDs: banks, acknowledged: [:])
    }

    @Test("given a P1 overdue for its first answer, grouping and forwarding keep the clock and the overdue count; telling the reporters stops it")
    func clockStopsWhenReportersAreTold() throws {
        let (store, service, _, banks) = try segment()
        let ids = try banks.map { try report(store, bank: $0, service: service, minutesAgo: 10) }
        try store.triageDesk.triage(.assess(Assessment(impact: 1, urgency: 1)), incidents: ids)
        let due = try ids.map { try store.incident(id: $0).row.slaDueAt }
        #expect(due.allSatisfy { $0 == testNow - 600 + 30 * 60 })
        let caseID = try #require(try Grouping(store: store).group(ids).openedCaseID)
        #expect(try ids.map { try store.incident(id: $0).row.slaDueAt } == due, "grouping is not an answer")
        try Forwarding(store: store).forward(caseID: caseID)
        #expect(try ids.map { try store.incident(id: $0).row.slaDueAt } == due, "nor is forwarding to the provider")
        try store.caseDesk.tellReporters(caseID: caseID, text: "Skatteetaten ser på feilen.")
        for id in ids { #expect(try store.incident(id: id).row.slaDueAt == nil, "told, and the provider holds it") }
    }

    @Test("a report during an announced outage joins the open case already covering that service, not a second one")
    func outageJoinsTheOpenCase() throws {
        let (store, service, provider, banks) = try segment()
        let first = try [banks[0], banks[1]].map { try report(store, bank: $0, service: service, minutesAgo: 90) }
        let caseID = try #require(try Grouping(store: store).group(first).openedCaseID)
        try announceOutage(store, provider: provider, service: service, banks: banks)
        let late = try report(store, bank: banks[2], service: service, minutesAgo: 5)
        #expect(try store.incident(id: late).caseID == caseID)
        #expect(try store.database.scalar("SELECT count(*) FROM provider_cases") == 1)
    }

    @Test("a report taken by phone during an outage joins it like one from a file")
    func phoneReportJoinsTheOutage() throws {
        let (store, service, provider, banks) = try segment()
        try announceOutage(store, provider: provider, service: service, banks: banks)
        let id = try store.intakeDesk.addPhoneReport(consumer: "974760673", serviceKey: "inntekt-api", title: "Ringte: 503 fra Inntekt")
        #expect(try store.incident(id: id).caseID != nil)
        #expect(try store.outbox.messages().contains { $0.subject.contains("Kjent feil") })
    }

    @Test("a question, and a code that is not a fault (TD-005), are not absorbed by an outage on their service")
    func outageLeavesQuestionsAndNonFaults() throws {
        let (store, service, provider, banks) = try segment()
        try announceOutage(store, provider: provider, service: service, banks: banks)
        let question = try report(store, bank: banks[0], service: service, minutesAgo: 5, code: nil, kind: .question)
        let noData = try report(store, bank: banks[1], service: service, minutesAgo: 5, code: "TD-005")
        let fault = try report(store, bank: banks[2], service: service, minutesAgo: 5)
        #expect(try store.incident(id: question).caseID == nil)
        #expect(try store.incident(id: noData).caseID == nil)
        #expect(try store.incident(id: fault).caseID != nil)
    }

    @Test("an outage the provider announced stops our clock on the reports it takes: the provider holds them")
    func outageJoinStopsTheClock() throws {
        let (store, service, provider, banks) = try segment()
        try announceOutage(store, provider: provider, service: service, banks: banks)
        let id = try report(store, bank: banks[0], service: service, minutesAgo: 5)
        #expect(try store.incident(id: id).row.slaDueAt == nil)
    }

    @Test("reports that came before the outage was announced are offered to its case, and :join takes them in with the known-issue answer")
    func earlierReportsJoinOnRequest() throws {
        let (store, service, provider, banks) = try segment()
        let early = try report(store, bank: banks[0], service: service, minutesAgo: 30)
        let beforeItBegan = try report(store, bank: banks[1], service: service, minutesAgo: 120)
        try announceOutage(store, provider: provider, service: service, banks: banks)
        let noticeID = try store.database.scalar("SELECT max(id) FROM change_notices")
        #expect(try store.reportsBeforeOutage(noticeID: Int64(noticeID)) == [early])
        #expect(try store.notice(id: Int64(noticeID)).reportsToJoin == 1)
        #expect(try OutageJoin(store: store).joinReportsBefore(noticeID: Int64(noticeID)) == 1)
        #expect(try store.incident(id: early).caseID != nil)
        #expect(try store.incident(id: beforeItBegan).caseID == nil)
        #expect(try store.outbox.messages().contains { $0.subject.contains("[SEG-\(early)] Kjent feil") })
    }
}
