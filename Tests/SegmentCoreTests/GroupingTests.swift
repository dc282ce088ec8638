import Testing
@testable import SegmentCore
import SegmentTestSupport

@Suite("Coordinating like errors", .checkingStores)
struct GroupingTests {
    private struct Segment {
        let store: Store
        let banks: [Int64]
        let service: Int64
    }

    /// Four banks on inntekt-api, no incidents yet.
    private func segment() throws -> Segment {
        let store = try emptyStore()
        let provider = try store.providers.add(key: "ske", name: "Skatteetaten", email: "p@example.no")
        let service = try store.providers.addService(providerID: provider, key: "inntekt-api", name: "Inntekt", environments: [.production])
        var banks: [Int64] = []
        for (number, name) in [("974760673", "Fjordvik Sparebank"), ("910212958", "Blåbærdalen Kreditt"),
                               ("923609016", "Østhavn Bank"), ("937456719", "Skarvøy Finans")] {
            banks.append(try store.addConsumer(NewConsumer(organisationNumber: try OrganisationNumber(number), name: name,
                                                           stage: .live)))
        }
        return Segment(store: store, banks: banks, service: service)
    }

    @discardableResult
    private func report(_ segment: Segment, bank: Int, minutesAgo: Int64, code: String = "http  503") throws -> Int64 {
        var incident = NewIncident(externalID: "R-\(bank)-\(minutesAgo)", consumerID: segment.banks[bank],
                                   serviceID: segment.service, receivedAt: testNow - minutesAgo * 60,
                                   title: "Inntekt API svarer 503")
        incident.errorCode = code
        return try segment.store.intakeDesk.addIncident(incident)
    }

    @Test("given three banks reporting HTTP 503 on inntekt-api within twenty minutes, grouping them makes one provider case with three reporters")
    func threeBanksOneCase() throws {
        let segment = try segment()
        for (bank, minutes) in [(0, 20), (1, 12), (2, 3)] { try report(segment, bank: bank, minutesAgo: Int64(minutes)) }
        let proposals = try segment.store.groupingProposals()
        #expect(proposals.count == 1)
        let proposal = try #require(proposals.first)
        #expect(proposal.consumers == 3)
        #expect(proposal.errorCode == "HTTP 503")
        #expect(proposal.summary == "3 consumers report HTTP 503 on inntekt-api within the hour")

        let change = try Grouping(store: segment.store).group(proposal)
        #expect(change.entries.count == 3)
        let caseID = try #require(change.openedCaseID)
        let providerCase = try segment.store.caseDesk.providerCase(id: caseID)
        #expect(providerCase.row.affectedConsumers == 3)
        #expect(providerCase.incidents.allSatisfy { $0.status == .inProviderCase })
        #expect(try segment.store.groupingProposals().isEmpty)
    }

    @Test("two reports from one bank are one consumer, not two: no proposal below three consumers")
    func countsConsumersNotTickets() throws {
        let segment = try segment()
        try report(segment, bank: 0, minutesAgo: 30)
        try report(segment, bank: 0, minutesAgo: 10)
        try report(segment, bank: 1, minutesAgo: 5)
        #expect(try segment.store.groupingProposals().isEmpty)
        let id = try report(segment, bank: 2, minutesAgo: 1)
        #expect(try segment.store.consumersWithSameFault(as: id) == 3)
    }

    @Test("reports older than the window do not count towards a proposal")
    func windowMatters() throws {
        let segment = try segment()
        try report(segment, bank: 0, minutesAgo: 90)
        try report(segment, bank: 1, minutesAgo: 10)
        try report(segment, bank: 2, minutesAgo: 5)
        #expect(try segment.store.groupingProposals().isEmpty)
    }

    @Test("a fourth bank's report of the same fault joins the open case instead of opening another")
    func joinsOpenCase() throws {
        let segment = try segment()
        for bank in 0..<3 { try report(segment, bank: bank, minutesAgo: Int64(10 + bank)) }
        let first = try Grouping(store: segment.store).group(try #require(try segment.store.groupingProposals().first))
        let fourth = try report(segment, bank: 3, minutesAgo: 1)
        let second = try Grouping(store: segment.store).group([fourth])
        #expect(second.openedCaseID == nil)
        #expect(try segment.store.incident(id: fourth).caseID == first.openedCaseID)
        #expect(try segment.store.caseDesk.providerCase(id: first.openedCaseID!).row.affectedConsumers == 4)
    }

    @Test("undo takes the incidents out of the case again and removes the case it opened: no empty closed case is left, the journal keeps its story")
    func undoGrouping() throws {
        let segment = try segment()
        for bank in 0..<3 { try report(segment, bank: bank, minutesAgo: Int64(10 + bank)) }
        let change = try Grouping(store: segment.store).group(try #require(try segment.store.groupingProposals().first))
        try segment.store.triageDesk.undo(change)
        let caseID = try #require(change.openedCaseID)
        #expect(throws: StoreError.self) { try segment.store.caseDesk.providerCase(id: caseID) }
        #expect(try segment.store.database.scalar("SELECT count(*) FROM provider_cases") == 0)
        var exported = ""
        try Exporter(store: segment.store).export(.cases, format: .jsonl, forTerminal: false) { exported += $0 }
        #expect(exported.isEmpty)
        #expect(try segment.store.history(entity: .providerCase, id: caseID).map(\.action) == ["opened", "withdrawn"])
        #expect(try segment.store.groupingProposals().count == 1)
        #expect(try segment.store.check() == [])
    }
}

@Suite("Error codes", .checkingStores)
struct ErrorCodeTests {
    @Test("codes compare however a consumer wrote them", arguments: [
        ("http  503", "HTTP 503"), (" TD-005 ", "TD-005"), ("HTTP 503", "HTTP 503"), ("im-012", "IM-012"),
        ("http\t503", "HTTP 503"), ("ssg-104 ø", "SSG-104 Ø"),
    ])
    func normalised(written: String, expected: String) {
        #expect(ErrorCode.normalised(written) == expected)
    }
}

@Suite("Following a case up", .checkingStores)
struct CaseFollowUpTests {
    @Test("resolving a case of three banks resolves their incidents and queues three messages, each quoting the reporter's own reference")
    func resolveTellsEveryReporter() throws {
        let store = try emptyStore()
        let provider = try store.providers.add(key: "ske", name: "Skatteetaten", email: "p@example.no")
        let service = try store.providers.addService(providerID: provider, key: "inntekt-api", name: "Inntekt", environments: [.production])
        var ids: [Int64] = []
        for (index, number) in ["974760673", "910212958", "923609016"].enumerated() {
            let bank = try store.addConsumer(NewConsumer(organisationNumber: try OrganisationNumber(number), name: "Bank \(index)",
                                                         stage: .live))
            var incident = NewIncident(externalID: "THEIRS-\(index)", consumerID: bank, serviceID: service,
                                       receivedAt: testNow - Int64(20 - index * 5) * 60, title: "HTTP 503 fra inntekt-api")
            incident.errorCode = "HTTP 503"
            incident.reporterEmail = "drift\(index)@bank\(index).eksempel.no"
            ids.append(try store.intakeDesk.addIncident(incident))
        }
        let caseID = try #require(try Grouping(store: store).group(ids).openedCaseID)
        try store.caseDesk.recordProviderReference(caseID: caseID, reference: "SKE-4711")
        #expect(try store.caseDesk.providerCase(id: caseID).row.providerReference == "SKE-4711")
        #expect(try store.caseDesk.providerCase(id: caseID).row.status == .acknowledged)

        #expect(try store.caseDesk.resolveCase(caseID: caseID, resolution: "Capacity restored 14:05.") == 3)
        #expect(try store.caseDesk.providerCase(id: caseID).row.status == .resolved)
        for id in ids { #expect(try store.incident(id: id).row.status == .resolved) }
        let messages = try store.outbox.messages()
        #expect(messages.count == 3)
        for index in 0..<3 {
            let message = try #require(messages.first { $0.recipient == "drift\(index)@bank\(index).eksempel.no" })
            #expect(message.body.contains("Meldingen deres THEIRS-\(index)"))
            #expect(message.subject.hasPrefix("[SEG-"))
        }
        #expect(throws: StoreError.self) { try store.caseDesk.resolveCase(caseID: caseID, resolution: "again") }
        #expect(try store.outbox.messages().count == 3)
    }
}

@Suite("Messages carry no hostile text", .checkingStores)
struct OutgoingTextTests {
    @Test("a consumer's escape sequences in a title never reach the messages sent to others")
    func hostileTitleLeavesClean() throws {
        let store = try demoStore(incidents: 100)
        let hostile = try #require(try store.database.first("SELECT id FROM incidents WHERE title LIKE 'Feil i respons%'") { $0.int(0) })
        let caseID = try #require(try Grouping(store: store).group([hostile]).openedCaseID)
        let messages = try store.caseDesk.resolutionMessages(caseID: caseID, resolution: "fixed")
        #expect(!messages.isEmpty)
        for message in messages {
            #expect(!(message.subject + message.body).unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        }
    }
}

@Suite("Taking an incident out of a case", .checkingStores)
struct LeaveCaseTests {
    @Test("an incident grouped by mistake can be taken out again: it is ours, triaged, and the case counts one consumer less")
    func takeOut() throws {
        let store = try demoStore(incidents: 300)
        let ids = try store.database.rows("SELECT id FROM incidents WHERE case_id IS NULL AND sort_group < 6 LIMIT 3") { $0.int(0) }
        let caseID = try #require(try Grouping(store: store).group(ids).openedCaseID)
        let before = try store.caseDesk.providerCase(id: caseID).row.reports
        try store.triageDesk.triage(.leaveCase, incidents: [ids[0]])
        let incident = try store.incident(id: ids[0])
        #expect(incident.caseID == nil)
        #expect(incident.row.status == .triaged)
        #expect(try store.caseDesk.providerCase(id: caseID).row.reports == before - 1)
        #expect(throws: StoreError.self) { try store.triageDesk.triage(.leaveCase, incidents: [ids[0]]) }
    }
}
