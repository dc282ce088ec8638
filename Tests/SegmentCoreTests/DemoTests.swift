import Testing
@testable import SegmentCore
import SegmentTestSupport

@Suite("Demo data", .checkingStores)
struct DemoTests {
    @Test("the same seed gives the same segment")
    func deterministic() throws {
        let first = try demoStore(incidents: 300, seed: 3)
        let second = try demoStore(incidents: 300, seed: 3)
        let query = "SELECT id, title, consumer_id, received_at, status FROM incidents ORDER BY id"
        let a = try first.database.rows(query) { "\($0.int(0)) \($0.string(1)) \($0.int(2)) \($0.int(3)) \($0.string(4))" }
        let b = try second.database.rows(query) { "\($0.int(0)) \($0.string(1)) \($0.int(2)) \($0.int(3)) \($0.string(4))" }
        #expect(a == b)
    }

    @Test("the default demo has what the dashboard needs to show")
    func realistic() throws {
        let store = try demoStore(consumers: 130, incidents: 2_000)
        #expect(try store.consumers.count() == 130)
        #expect(try store.incidentCount() == 2_000)
        #expect(try store.database.scalar("SELECT count(*) FROM services") >= 4)
        #expect(try store.needs.count() >= 25)
        let kinds = try store.database.rows("SELECT DISTINCT kind FROM change_notices") { $0.string(0) }
        #expect(Set(kinds) == Set(NoticeKind.allCases.map(\.rawValue)))
        let partlyAcknowledged = try store.database.scalar("""
            SELECT count(*) FROM change_notices n WHERE
              EXISTS (SELECT 1 FROM notice_acknowledgements a WHERE a.notice_id = n.id AND a.acknowledged_at IS NULL) AND
              EXISTS (SELECT 1 FROM notice_acknowledgements a WHERE a.notice_id = n.id AND a.acknowledged_at IS NOT NULL)
            """)
        #expect(partlyAcknowledged > 0)
        let v2 = try store.database.scalar("SELECT count(*) FROM agreement_acceptances WHERE version = 2")
        #expect(v2 > 0 && v2 < 130)
        #expect(try store.database.scalar("SELECT count(*) FROM agreement_acceptances WHERE version = 1")
                == (try store.database.scalar("SELECT count(*) FROM consumers WHERE stage != 'registered'")))
        #expect(try store.cases.count() > 0)
        #expect(try store.database.scalar("SELECT count(*) FROM journal") > 0)
    }

    @Test("a burst has many consumers reporting one code on one service within an hour")
    func hasBursts() throws {
        let store = try demoStore(consumers: 130, incidents: 2_000)
        let widest = try store.database.scalar("""
            SELECT max(consumers) FROM (
              SELECT count(DISTINCT b.consumer_id) AS consumers FROM incidents a JOIN incidents b
                ON b.service_id = a.service_id AND b.error_code = a.error_code
               AND b.received_at BETWEEN a.received_at AND a.received_at + 3600
              GROUP BY a.id)
            """)
        #expect(widest >= 4)
    }

    @Test("every organisation number in the demo is valid")
    func validNumbers() throws {
        let store = try demoStore()
        let numbers = try store.database.rows("SELECT org_number FROM consumers UNION SELECT operator_org_number FROM consumers WHERE operator_org_number IS NOT NULL") { $0.string(0) }
        for number in numbers { #expect(throws: Never.self) { try OrganisationNumber(number) } }
    }

    @Test("a demo refuses to write into a database that already holds data")
    func refusesNonEmpty() throws {
        let store = try demoStore(incidents: 20)
        var again = DemoGenerator(store: store, options: DemoOptions(incidents: 20))
        #expect(throws: StoreError.self) { try again.generate() }
    }
}

@Suite("Demo data that tells the truth", .checkingStores)
struct DemoTruthTests {
    @Test("nothing in the demo happens after now: reports, journal, acknowledgements, acceptances")
    func nothingInTheFuture() throws {
        let store = try demoStore(consumers: 60, incidents: 2_000)
        for (what, sql) in [("incident", "SELECT max(received_at) FROM incidents"), ("journal entry", "SELECT max(at) FROM journal"),
                            ("acknowledgement", "SELECT max(acknowledged_at) FROM notice_acknowledgements"),
                            ("acceptance", "SELECT max(accepted_at) FROM agreement_acceptances")] {
            #expect(try store.database.scalar(sql) <= Int(testNow), "a \(what) in the future")
        }
    }

    @Test("only consumers authorised for production report production incidents; a registered consumer has accepted no agreement")
    func stagesHold() throws {
        let store = try demoStore(consumers: 60, incidents: 2_000)
        #expect(try store.database.scalar("""
            SELECT count(*) FROM incidents i JOIN consumers c ON c.id = i.consumer_id
            WHERE i.environment = 'production' AND c.stage NOT IN ('authorised_production', 'live')
            """) == 0)
        #expect(try store.database.scalar("""
            SELECT count(*) FROM agreement_acceptances a JOIN consumers c ON c.id = a.consumer_id WHERE c.stage = 'registered'
            """) == 0)
        #expect(try store.database.scalar("""
            SELECT count(*) FROM agreement_acceptances a JOIN agreement_versions v ON v.version = a.version
            WHERE a.accepted_at < v.effective_at - 90 * 86400
            """) == 0)
    }
}
