import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

@Suite("The store", .checkingStores)
struct StoreTests {
    @Test("a missing file is created with the current schema, in WAL mode with foreign keys on and 16 KB pages")
    func freshFile() throws {
        let directory = try TemporaryDirectory()
        let store = try testStore(path: directory.path("new.sqlite"), operatorLogin: "kari")
        #expect(try store.schemaVersion() == Store.currentSchemaVersion)
        #expect(try store.database.first("PRAGMA journal_mode") { $0.string(0) } == "wal")
        #expect(try store.database.scalar("PRAGMA foreign_keys") == 1)
        #expect(try store.database.scalar("PRAGMA page_size") == 16_384)
    }

    @Test("a file made before with 4 KB pages keeps them, and works as before")
    func keepsPageSizeOfOlderFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("old.sqlite")
        try Database(path: path).execute("PRAGMA page_size = 4096; CREATE TABLE leftover (x)")
        let store = try testStore(path: path, operatorLogin: "kari")
        #expect(try store.database.scalar("PRAGMA page_size") == 4096)
        let provider = try store.providers.add(key: "ske", name: "Skatteetaten", email: "p@example.no")
        try store.providers.addService(providerID: provider, key: "inntekt-api", name: "Inntekt", environments: [.production])
        #expect(try store.incidentCount() == 0)
    }

    @Test("an older file (schema 0, no tables) is migrated on open")
    func migratesOlderFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("old.sqlite")
        try Database(path: path).execute("CREATE TABLE leftover (x); PRAGMA user_version = 0")
        let store = try testStore(path: path, operatorLogin: "kari")
        #expect(try store.schemaVersion() == Store.currentSchemaVersion)
        #expect(try store.incidentCount() == 0)
    }

    @Test("a file from a newer segdesk is refused with a message naming both versions, and left untouched")
    func refusesNewerFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("newer.sqlite")
        try Database(path: path).execute("PRAGMA user_version = 99")
        #expect(throws: StoreError.newerSchema(path: path, found: 99, supported: Store.currentSchemaVersion)) {
            try testStore(path: path, operatorLogin: "kari")
        }
        #expect(try Database(path: path).scalar("PRAGMA user_version") == 99)
        #expect(StoreError.newerSchema(path: path, found: 99, supported: 1).description.contains("newer segdesk"))
    }

    @Test("a consumer whose organisation number is already registered is refused")
    func duplicateOrganisationNumber() throws {
        let store = try emptyStore()
        let consumer = NewConsumer(organisationNumber: try OrganisationNumber("974760673"), name: "Fjordvik Sparebank",
                                   stage: .live)
        try store.addConsumer(consumer)
        #expect(throws: StoreError.refused(.alreadyRegistered(organisationNumber: "974760673"))) {
            try store.addConsumer(consumer)
        }
    }

    @Test("the database refuses an organisation number that is not nine characters even past the type")
    func schemaChecksOrganisationNumber() throws {
        let store = try emptyStore()
        #expect(throws: DatabaseError.self) {
            try store.database.run("""
                INSERT INTO consumers (org_number, name, stage, search_text, sort_name, created_at)
                VALUES ('12345', 'x', 'live', 'x', 'x', 0)
                """)
        }
    }

    @Test("a failed transaction leaves nothing behind")
    func rollsBack() throws {
        let store = try emptyStore()
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try store.database.inTransaction {
                try store.providers.add(key: "p", name: "Provider", email: "p@example.no")
                throw Boom()
            }
        }
        #expect(try store.database.scalar("SELECT count(*) FROM providers") == 0)
    }

    @Test("a large write keeps its bigger page cache through its commit, and the connection's own size comes back after, also when it fails")
    func largeWriteCache() throws {
        let store = try emptyStore()
        let normal = try store.database.scalar("PRAGMA cache_size")
        let during = try store.database.withCacheSize(mebibytes: 64) {
            try store.database.inTransaction { try store.database.scalar("PRAGMA cache_size") }
        }
        #expect(during == -65_536)
        #expect(try store.database.scalar("PRAGMA cache_size") == normal)
        struct Boom: Error {}
        #expect(throws: Boom.self) { try store.database.withCacheSize(mebibytes: 64) { throw Boom() } }
        #expect(try store.database.scalar("PRAGMA cache_size") == normal)
    }

    @Test("a write while another operator holds the lock fails at BEGIN with a message a person understands")
    func busyIsExplained() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("busy.sqlite")
        let holder = try testStore(path: path, operatorLogin: "ola")
        let waiter = try testStore(path: path, operatorLogin: "kari")
        try waiter.database.execute("PRAGMA busy_timeout = 50")
        try holder.database.execute("BEGIN IMMEDIATE")
        defer { try? holder.database.execute("ROLLBACK") }
        do {
            _ = try waiter.database.inTransaction { try waiter.providers.add(key: "x", name: "X", email: "x@example.no") }
            Issue.record("the write should have been refused")
        } catch let error as DatabaseError {
            #expect(error.isBusy)
            #expect(error.description.hasPrefix("the database is busy"))
        }
    }

    @Test("another connection's commit changes data_version; our own does not")
    func dataVersionSeesOthers() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("shared.sqlite")
        let mine = try testStore(path: path, operatorLogin: "kari")
        let theirs = try testStore(path: path, operatorLogin: "ola")
        let before = try mine.dataVersion()
        try mine.providers.add(key: "a", name: "A", email: "a@example.no")
        #expect(try mine.dataVersion() == before)
        try theirs.providers.add(key: "b", name: "B", email: "b@example.no")
        #expect(try mine.dataVersion() != before)
    }
}

@Suite("Writing incidents cheaply", .checkingStores)
struct IncidentWriteCostTests {
    @Test("writing an incident builds no temporary table for its CHECK constraints, which still refuse a bad status or kind")
    func noEphemeralTablesPerRow() throws {
        let store = try emptyStore()
        let program = try store.database.rows("""
            EXPLAIN INSERT INTO incidents (external_id, consumer_id, service_id, environment, received_at, title, kind,
                impact, urgency, priority, status, sort_group, sort_time, updated_at)
            VALUES ('x', NULL, 1, 'production', 1, 't', 'error', 1, 1, 1, 'new', 0, 1, 1)
            """) { $0.string(1) }
        #expect(!program.contains("OpenEphemeral"))
        let provider = try store.providers.add(key: "ske", name: "Skatteetaten", email: "p@example.no")
        let service = try store.providers.addService(providerID: provider, key: "inntekt-api", name: "Inntekt", environments: [.production])
        for (column, value) in [("status", "reopened"), ("kind", "complaint")] {
            #expect(throws: DatabaseError.self) {
                try store.database.run("""
                    INSERT INTO incidents (external_id, service_id, environment, received_at, title, kind, impact, urgency,
                        priority, status, sort_group, sort_time, updated_at)
                    VALUES ('x', ?, 'production', 1, 't', ?, 1, 1, 1, ?, 0, 1, 1)
                    """, [.integer(service), .text(column == "kind" ? value : "error"), .text(column == "status" ? value : "new")])
            }
        }
    }
}

@Suite("Upgrading a database", .checkingStores)
struct UpgradeTests {
    @Test("a database of schema 1 with an incident is upgraded with one notice first: search finds it, mail can be kept, bad statuses are still refused")
    func fromSchemaOne() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("old.sqlite")
        do {
            let database = try Database(path: path)
            try database.execute(Migrations.steps[0])
            try database.execute("""
                INSERT INTO providers (key, name, email) VALUES ('ske', 'Skatteetaten', 'p@example.no');
                INSERT INTO services (provider_id, key, name) VALUES (1, 'inntekt-api', 'Inntekt');
                INSERT INTO incidents (external_id, service_id, environment, received_at, title, kind, impact, urgency,
                    priority, status, sort_group, sort_time, updated_at)
                VALUES ('A-1', 1, 'production', 1, 'Tidsavbrudd mot inntekt', 'error', 2, 2, 3, 'new', 3, 1, 1);
                PRAGMA user_version = 1;
                """)
        }
        var notices: [String] = []
        let store = try testStore(path: path, operatorLogin: "kari", now: { testNow }, upgrading: { notices.append($0) })
        #expect(notices == ["upgrading \(path) from schema 1 to \(Migrations.latest) (1 incident); this can take a while on a large database"])
        #expect(try store.schemaVersion() == Migrations.latest)
        #expect(try store.incidentCount(filter: "tidsav") == 1)
        #expect(try store.database.scalar("SELECT count(*) FROM inbound_mail") == 0)
        #expect(throws: DatabaseError.self) { try store.database.run("UPDATE incidents SET status = 'lost' WHERE id = 1") }

        notices = []
        _ = try testStore(path: path, operatorLogin: "kari", now: { testNow }, upgrading: { notices.append($0) })
        #expect(notices.isEmpty)
    }
}
