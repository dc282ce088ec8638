import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

/// The coordinator acts for others and must be able to show what it did:
/// the journal is a chain of seals that `check` verifies.
@Suite("The journal's seals", .checkingStores)
struct JournalSealTests {
    @Test("SHA-256 gives the published digests")
    func digest() {
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000))
                == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
        #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test("every entry segdesk writes is sealed, the import's counts included, and check finds the file sound")
    func sealedAsWritten() throws {
        let store = try demoStore(incidents: 200)
        try store.triageDesk.addNote(entity: .incident, id: 1, text: "ringte banken")
        #expect(try store.database.scalar("SELECT count(*) FROM journal WHERE seal IS NULL") == 0)
        #expect(try store.check().isEmpty)
    }

    @Test("an entry edited, removed or added with sqlite3 afterwards is named by check", arguments: [
        "UPDATE journal SET operator = 'mallory' WHERE id = 5",
        "DELETE FROM journal WHERE id = 5",
        "UPDATE journal SET after = replace(after, 'P1', 'P4') WHERE id = (SELECT min(id) FROM journal WHERE after LIKE '%P1%')",
    ])
    func tamperingIsNamed(sql: String) throws {
        let store = try demoStore(incidents: 200)
        damagedOnPurpose(store)
        try store.database.execute(sql)
        let problems = try store.check()
        #expect(problems.count == 1)
        #expect(problems.first?.contains("does not match its seal") == true, "\(problems)")
    }

    @Test("an entry written outside segdesk without a seal is named; the next change made in segdesk does not hide it")
    func unsealedIsNamed() throws {
        let store = try demoStore(incidents: 200)
        let last = try store.database.scalar("SELECT max(id) FROM journal")
        damagedOnPurpose(store)
        try store.database.execute("""
            INSERT INTO journal (at, operator, entity, entity_id, action) SELECT at, 'mallory', entity, entity_id, 'closed'
            FROM journal WHERE id = \(last)
            """)
        #expect(try store.check().contains { $0.contains("has no seal") })
        try store.triageDesk.addNote(entity: .incident, id: 1, text: "neste endring")
        #expect(try store.check().contains { $0.contains("entry \(last + 1) has no seal") })
    }
}

@Suite("Backing up a live database", .checkingStores)
struct BackupTests {
    @Test("a backup taken while another operator writes is a whole, sound copy; an existing file is never overwritten")
    func onlineBackup() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("desk.sqlite")
        let store = try testStore(path: path, operatorLogin: "kari", now: { testNow })
        var generator = DemoGenerator(store: store, options: DemoOptions(consumers: 20, incidents: 3_000, seed: 5))
        try generator.generate()
        let other = try testStore(path: path, operatorLogin: "bob", now: { testNow })
        var notes = 0
        let pages = try store.backup(to: directory.path("copy.sqlite")) { _, _ in
            if notes < 5 {
                try? other.triageDesk.addNote(entity: .incident, id: 1, text: "skrevet under kopieringen")
                notes += 1
            }
        }
        #expect(pages > 0)
        let copy = try testStore(path: directory.path("copy.sqlite"), operatorLogin: "kari", mustExist: true)
        #expect(try copy.check().isEmpty)
        #expect(try copy.database.scalar("SELECT count(*) FROM incidents") == 3_000)
        #expect(notes > 0)
        #expect(try FileManager.default.attributesOfItem(atPath: directory.path("copy.sqlite"))[.posixPermissions] as? Int == 0o600)
        #expect(throws: StoreError.self) { try store.backup(to: directory.path("copy.sqlite")) }
    }
}
