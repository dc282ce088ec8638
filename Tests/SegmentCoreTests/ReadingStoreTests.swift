import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

/// `check`, `export`, `report`, `backup` and a printed digest examine a file
/// another segdesk may be writing: they must not change a byte of it.
@Suite("Commands that only read", .checkingStores)
struct ReadingStoreTests {
    /// A closed demo database on disk, and its bytes.
    private func demoFile(_ directory: TemporaryDirectory) throws -> (path: String, bytes: Data) {
        let path = directory.path("desk.sqlite")
        do {
            let store = try Store(path: path, operatorLogin: "kari", now: { testNow })
            var generator = DemoGenerator(store: store, options: DemoOptions(consumers: 8, incidents: 60, seed: 3))
            try generator.generate()
            #expect(try store.check().isEmpty)
        }
        return (path, try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    @Test("check, every export, the report, the digest and a backup leave the file byte for byte, with no -wal or -shm behind")
    func readingLeavesTheFileAsItWas() throws {
        let directory = try TemporaryDirectory()
        let (path, before) = try demoFile(directory)
        do {
            let store = try Store(path: path, operatorLogin: "kari", forReading: true)
            #expect(try store.check().isEmpty)
            for kind in ExportKind.allCases {
                try Exporter(store: store).export(kind, format: .csv, forTerminal: false) { _ in }
            }
            _ = try store.statistics(days: 30)
            _ = try store.digest(days: 7)
            _ = try store.backup(to: directory.path("copy.sqlite"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        #expect(!FileManager.default.fileExists(atPath: path + "-shm"))
    }

    @Test("a change asked of a file opened for reading is refused in words, and nothing is written")
    func changeRefusedInWords() throws {
        let directory = try TemporaryDirectory()
        let (path, before) = try demoFile(directory)
        do {
            let store = try Store(path: path, operatorLogin: "kari", forReading: true)
            #expect(store.readOnlyReason == .reading)
            let error = try #require(throws: DatabaseError.self) {
                _ = try store.providers.add(key: "ny", name: "Ny", email: "ny@example.no")
            }
            #expect(Language.$interface.withValue(.english) { error.description } == "\(path) was opened only to be read; nothing was changed")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("a file written by an older segdesk is not brought up to date by a command that only reads")
    func olderSchemaNotUpgradedByReading() throws {
        let directory = try TemporaryDirectory()
        let (path, _) = try demoFile(directory)
        do {
            let database = try Database(path: path)
            try database.execute("PRAGMA user_version = \(Migrations.latest - 1)")
        }
        #expect(throws: StoreError.refused(.readOnlyOlderSchema(path: path, schema: Migrations.latest - 1))) {
            try Store(path: path, operatorLogin: "kari", forReading: true)
        }
        #expect(try Database(path: path).scalar("PRAGMA user_version") == Migrations.latest - 1)
    }
}
