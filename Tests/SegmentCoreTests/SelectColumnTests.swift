import Testing
@testable import SegmentCore
import SegmentTestSupport

/// Each wide row is read by named columns whose places are their raw
/// values; a gap or an overlap would read one column as another.
@Suite("Named columns")
struct SelectColumnTests {
    private func placesRunOn<C: SelectColumn>(_ column: C.Type, from start: Int32 = 0) -> Bool {
        C.allCases.map(\.rawValue) == Array(start..<(start + Int32(C.allCases.count)))
    }

    @Test("every pane's row and the outbox name their columns from place 0 with no gap")
    func placesFromZero() {
        #expect(placesRunOn(IncidentColumn.self))
        #expect(placesRunOn(CaseColumn.self))
        #expect(placesRunOn(NoticeColumn.self))
        #expect(placesRunOn(NeedColumn.self))
        #expect(placesRunOn(ConsumerColumn.self))
        #expect(placesRunOn(OutboxColumn.self))
    }

    @Test("an incident's record reads its own columns right after those of its row")
    func recordAfterRow() {
        #expect(placesRunOn(IncidentDetailColumn.self, from: Int32(IncidentColumn.allCases.count)))
    }

    @Test("given the demo, a record read by named columns matches its row in the pane")
    func recordMatchesRow() throws {
        let store = try demoStore()
        let row = try #require(try store.incidents(anchor: .start, limit: 1).first)
        let detail = try store.incident(id: row.id)
        #expect(detail.row.title == row.title)
        #expect(detail.row.version == row.version)
        #expect(detail.row.hasUnreadReply == row.hasUnreadReply)
        #expect(detail.version == row.version)
    }
}

/// The incidents pane's title says how many incidents there are without
/// counting a million rows: the per-day counts the triggers keep add up to it.
@Suite("Incident total from the per-day counts")
struct IncidentTotalTests {
    @Test("after the demo, a phone report, a mail, an import and a service change, the total is the number of incidents")
    func totalKeptByTheDays() throws {
        let store = try demoStore()
        let actual = { try store.database.scalar("SELECT count(*) FROM incidents") as Int }
        #expect(try store.incidentCount() == actual())
        let consumer: String = try #require(try store.database.first("SELECT org_number FROM consumers ORDER BY id", [], { $0.string(0) }))
        let id = try store.addPhoneReport(consumer: consumer, serviceKey: "inntekt-api", title: "Ringte om 503",
                                          assessment: Assessment(impact: 2, urgency: 2))
        try store.setService(incidentID: id, serviceKey: "skattegrunnlag-api")
        _ = try MailIntake(store: store).take(try InboundMail.parse(Array("From: ola@gmail.example\r\nSubject: Feil\r\nMessage-ID: <t1@x>\r\n\r\nHei".utf8)),
                                              deliveredAt: testNow)
        #expect(try store.incidentCount() == actual())
        #expect(try store.check().isEmpty)
    }

    @Test("a per-day count that has drifted from the incidents is a problem segdesk check reports")
    func checkSeesDrift() throws {
        let store = try demoStore()
        try store.database.execute("""
            UPDATE incident_days SET reports = reports + 2 WHERE (day, service_id) = (SELECT day, service_id FROM incident_days LIMIT 1)
            """)
        #expect(try store.check().contains { $0.hasPrefix("incident_days:") })
    }
}
