import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

/// The incidents pane's title says how many incidents there are without
/// counting a million rows: the per-day counts the triggers keep add up to it.
@Suite("Incident total from the per-day counts", .checkingStores)
struct IncidentTotalTests {
    @Test("after the demo, a phone report, a mail, an import and a service change, the total is the number of incidents")
    func totalKeptByTheDays() throws {
        let store = try demoStore()
        let actual = { try store.database.scalar("SELECT count(*) FROM incidents") as Int }
        #expect(try store.incidentCount() == actual())
        let consumer: String = try #require(try store.database.first("SELECT org_number FROM consumers ORDER BY id", [], { $0.string(0) }))
        let id = try store.intakeDesk.addPhoneReport(consumer: consumer, serviceKey: "inntekt-api", title: "Ringte om 503",
                                          assessment: Assessment(impact: 2, urgency: 2))
        try store.triageDesk.setService(incidentID: id, serviceKey: "skattegrunnlag-api")
        _ = try MailIntake(store: store).take(try InboundMail.parse(Array("From: ola@gmail.example\r\nSubject: Feil\r\nMessage-ID: <t1@x>\r\n\r\nHei".utf8)),
                                              deliveredAt: testNow)
        #expect(try store.incidentCount() == actual())
        #expect(try store.check().isEmpty)
    }

    @Test("a per-day count that has drifted from the incidents is a problem segdesk check reports")
    func checkSeesDrift() throws {
        let store = try demoStore()
        damagedOnPurpose(store)
        try store.database.execute("""
            UPDATE incident_days SET reports = reports + 2 WHERE (day, service_id) = (SELECT day, service_id FROM incident_days LIMIT 1)
            """)
        #expect(try store.check().contains { $0.hasPrefix("incident_days:") })
    }
}

/// The header's open, new and SLA counts come from counts the triggers keep
/// per status and per hour of the deadline; whatever changes an incident,
/// they stay the incidents' own.
@Suite("Open incidents counted as they change", .checkingStores)
struct OpenIncidentCountTests {
    /// The header's three incident counts, and the same counted from the incidents.
    private func counts(_ store: Store) throws -> (kept: [Int], counted: [Int]) {
        let overview = try store.overview()
        let open = "sort_group < \(IncidentOrder.doneGroup)"
        let counted: [Int] = [
            try store.database.scalar("SELECT count(*) FROM incidents WHERE \(open)"),
            try store.database.scalar("SELECT count(*) FROM incidents WHERE \(open) AND status = 'new'"),
            try store.database.scalar("SELECT count(*) FROM incidents WHERE \(open) AND sla_due_at < ?", [.integer(store.now())]),
        ]
        return ([overview.openIncidents, overview.newIncidents, overview.slaBreaches], counted)
    }

    @Test("given three banks reporting, a triage, a closing, its undo, an import and a deletion leave the counts the incidents' own")
    func keptThroughChanges() throws {
        let store = try emptyStore()
        let ids = try threeBanksReporting(["503", "503 igjen", "Tidsavbrudd"], in: store)
        #expect(try counts(store).kept == [3, 3, 0])
        _ = try store.triageDesk.triage(.advanceStatus, incidents: [ids[0]])
        let closing = try store.triageDesk.triage(.setStatus(.closed, .notAFault), incidents: [ids[1]])
        #expect(try counts(store).kept == [2, 1, 0])
        try store.triageDesk.undo(closing)
        #expect(try counts(store).kept == [3, 2, 0])
        try store.database.run("UPDATE incidents SET sla_due_at = ? WHERE id = ?", [.integer(testNow - 7200), .integer(ids[2])])
        let line = #"{"external_id":"B-1","consumer":"974760673","service":"inntekt-api","received_at":"2026-11-26T11:50:00Z","title":"Ny 503"}"#
        let file = IncidentFile.read(Data(line.utf8), name: "in", csv: false)
        _ = try store.intakeDesk.importIncidents(file.records, problems: [], file: "in", skipBad: false)
        let afterImport = try counts(store)
        #expect(afterImport.kept == afterImport.counted)
        #expect(afterImport.kept[0] == 4 && afterImport.kept[2] == 1)
        try store.database.run("DELETE FROM incidents WHERE id = ?", [.integer(ids[2])])
        let afterDeletion = try counts(store)
        #expect(afterDeletion.kept == afterDeletion.counted)
        #expect(try store.openIncidentCountProblems().isEmpty)
    }

    @Test("at 12:30, an SLA that ran out at 12:10 or at 09:00 is breached, one that runs out at 12:50 is not")
    func breachesWithinTheHour() throws {
        let store = try testStore(path: ":memory:", operatorLogin: "kari", now: { testNow + 1800 })
        let ids = try threeBanksReporting(["503", "503 igjen", "Tidsavbrudd"], in: store)
        for (id, due) in zip(ids, [testNow + 600, testNow - 3 * 3600, testNow + 3000]) {
            try store.database.run("UPDATE incidents SET sla_due_at = ? WHERE id = ?", [.integer(due), .integer(id)])
        }
        #expect(try store.overview().slaBreaches == 2)
    }

    @Test("the demo's counts agree with its incidents, and a drifted count is a problem segdesk check reports")
    func demoAndDrift() throws {
        let store = try demoStore()
        let demo = try counts(store)
        #expect(demo.kept == demo.counted)
        #expect(demo.kept[0] > 0)
        #expect(try store.check().isEmpty)
        damagedOnPurpose(store)
        try store.database.execute("UPDATE open_incident_statuses SET incidents = incidents + 1 WHERE status = 'new'")
        try store.database.execute("UPDATE open_incident_due_hours SET incidents = incidents + 1 WHERE hour = (SELECT min(hour) FROM open_incident_due_hours)")
        let problems = try store.check()
        #expect(problems.contains { $0.hasPrefix("open_incident_statuses: new holds") })
        #expect(problems.contains("open_incident_due_hours: the kept count differs from the open incidents due in 1 hour"))
    }
}
