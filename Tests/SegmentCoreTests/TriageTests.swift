import Testing
@testable import SegmentCore
import SegmentTestSupport

@Suite("Triage from the dashboard", .checkingStores)
struct TriageTests {
    private func newIncident(_ store: Store) throws -> Int64 {
        let provider = try store.providers.add(key: "ske", name: "Skatteetaten", email: "p@example.no")
        let service = try store.providers.addService(providerID: provider, key: "inntekt-api", name: "Inntekt", environments: [.production])
        let consumer = try store.addConsumer(NewConsumer(organisationNumber: try OrganisationNumber("974760673"),
                                                         name: "Fjordvik Sparebank", stage: .live))
        var incident = NewIncident(externalID: "F-1", consumerID: consumer, serviceID: service,
                                   receivedAt: testNow - 600, title: "HTTP 503 fra inntekt-api")
        incident.assessment = Assessment(impact: 2, urgency: 2)
        return try store.intakeDesk.addIncident(incident)
    }

    @Test("assigning an incident to me writes the change and a journal entry with before and after")
    func assignJournals() throws {
        let store = try emptyStore(operatorLogin: "kari")
        let id = try newIncident(store)
        let change = try store.triageDesk.triage(.assign("kari"), incidents: [id])
        #expect(change.entries.count == 1)
        #expect(try store.incident(id: id).assignee == "kari")
        let entry = try #require(try store.history(entity: .incident, id: id).last)
        #expect(entry.operatorName == "kari")
        #expect(entry.action == "assigned")
        #expect(entry.before?.contains("assignee=-") == true)
        #expect(entry.after?.contains("assignee=kari") == true)
    }

    @Test("raising impact turns P3 into P2 and moves the incident up the pane")
    func raisePriority() throws {
        let store = try emptyStore()
        let id = try newIncident(store)
        try store.triageDesk.triage(.adjustImpact(-1), incidents: [id])
        let detail = try store.incident(id: id)
        #expect(detail.row.priority == .p2)
        #expect(detail.row.key.first == .integer(2))
    }

    @Test("triage and assignment leave the first-answer clock running; :answered after a phone call stops it and starts the resolution clock")
    func triageKeepsTheClock() throws {
        let store = try emptyStore()
        let id = try newIncident(store)
        let firstAnswer = testNow - 600 + 8 * 3600
        #expect(try store.incident(id: id).row.slaDueAt == firstAnswer)
        try store.triageDesk.triage(.advanceStatus, incidents: [id])
        try store.triageDesk.triage(.assign("kari"), incidents: [id])
        #expect(try store.incident(id: id).row.status == .triaged)
        #expect(try store.incident(id: id).row.slaDueAt == firstAnswer, "nobody has answered the reporter")
        try store.triageDesk.triage(.answered(note: "ringte Kari i banken"), incidents: [id])
        #expect(try store.incident(id: id).row.slaDueAt == testNow - 600 + 3 * 86_400)
        #expect(try store.history(entity: .incident, id: id).last?.after?.hasSuffix("note=ringte Kari i banken") == true)
        #expect(throws: StoreError.refused(.alreadyAnswered(incidentID: id, at: testNow, by: "kari"))) {
            try store.triageDesk.triage(.answered(note: nil), incidents: [id])
        }
    }

    @Test("a reply to the reporter stops the first-answer clock; undoing the triage before it does not start it again")
    func replyStopsTheClock() throws {
        let store = try emptyStore()
        let provider = try store.providers.add(key: "ske", name: "Skatteetaten", email: "p@ske.example")
        let service = try store.providers.addService(providerID: provider, key: "lonn-api", name: "Lønn", environments: [.production])
        let bank = try store.addConsumer(NewConsumer(organisationNumber: try OrganisationNumber("974760673"), name: "Fjordbanken",
                                                     stage: .live, serviceIDs: [service]))
        var incident = NewIncident(externalID: "R-1", consumerID: bank, serviceID: service, receivedAt: testNow - 600, title: "HTTP 503")
        incident.reporterEmail = "kari@fjordbanken.example"
        let id = try store.intakeDesk.addIncident(incident)
        try Replies(store: store).send(incidentID: id, text: "Vi ser på det.", resolution: nil)
        let row = try store.incident(id: id).row
        #expect(row.status == .triaged)
        #expect(row.slaDueAt == testNow - 600 + 3 * 86_400)
        var exported = ""
        try Exporter(store: store).export(.incidents, format: .jsonl, forTerminal: false) { exported += $0 }
        #expect(exported.contains(#""first_answer_at":"\#(Timestamp.iso(testNow))""#))
        #expect(exported.contains(#""resolution_due_at":"\#(Timestamp.iso(testNow - 600 + 3 * 86_400))""#))
    }

    @Test("undo puts the incident back and journals the undo")
    func undoRestores() throws {
        let store = try emptyStore()
        let id = try newIncident(store)
        let change = try store.triageDesk.triage(.setStatus(.closed, .consumerError), incidents: [id])
        #expect(try store.incident(id: id).row.status == .closed)
        try store.triageDesk.undo(change)
        let detail = try store.incident(id: id)
        #expect(detail.row.status == .new)
        #expect(detail.resolution == nil)
        #expect(try store.history(entity: .incident, id: id).last?.action == "undo")
    }

    @Test("undo refuses when another operator changed the incident since, and changes nothing")
    func undoRefusesAfterOthersChange() throws {
        let store = try emptyStore(operatorLogin: "kari")
        let id = try newIncident(store)
        let mine = try store.triageDesk.triage(.assign("kari"), incidents: [id])
        try store.triageDesk.triage(.assign("ola"), incidents: [id])
        #expect(throws: StoreError.changedByAnother(entity: .incident, id: id, by: "kari")) { try store.triageDesk.undo(mine) }
        #expect(try store.incident(id: id).assignee == "ola")
    }

    @Test("closing without a resolution is refused with the resolutions to choose from")
    func closeNeedsResolution() throws {
        let store = try emptyStore()
        let id = try newIncident(store)
        #expect(throws: StoreError.self) { try store.triageDesk.triage(.setStatus(.closed, nil), incidents: [id]) }
        #expect(try store.incident(id: id).row.status == .new)
    }
}

@Suite("Two operators, one incident", .checkingStores)
struct ConcurrentTriageTests {
    @Test("the second operator acting on what they saw is told the incident changed, and nothing is overwritten")
    func secondOperatorIsTold() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("shared.sqlite")
        let kari = try testStore(path: path, operatorLogin: "kari", now: { testNow })
        var generator = DemoGenerator(store: kari, options: DemoOptions(consumers: 5, incidents: 20, seed: 3))
        try generator.generate()
        let ola = try testStore(path: path, operatorLogin: "ola", now: { testNow })
        let id: Int64 = 1
        let seenByOla = try ola.incident(id: id).version
        try kari.triageDesk.triage(.assess(Assessment(impact: 1, urgency: 1)), incidents: [id])
        #expect(throws: StoreError.changedByAnother(entity: .incident, id: id, by: "kari")) {
            try ola.triageDesk.triage(.assess(Assessment(impact: 3, urgency: 3)), incidents: [id], seenVersions: [id: seenByOla])
        }
        #expect(try ola.incident(id: id).row.priority == .p1)
    }
}
