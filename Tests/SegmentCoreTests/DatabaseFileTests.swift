import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

/// The database file holds personal data and is named by hand on command
/// lines: it is made private, and every problem with it names it.
@Suite("The database file", .checkingStores)
struct DatabaseFileTests {
    private func mode(_ path: String) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    @Test("a new database and its -wal and -shm files are readable by their owner only")
    func newFileIsPrivate() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("desk.sqlite")
        let store = try testStore(path: path, operatorLogin: "kari")
        _ = try store.providers.add(key: "ske", name: "Skatteetaten", email: "p@example.no")
        for file in [path, path + "-wal", path + "-shm"] { #expect(try mode(file) == 0o600, "\(file)") }
    }

    @Test("in a directory a team shares on purpose (set-group-ID), the group may read and write it too")
    func sharedDirectory() throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.setAttributes([.posixPermissions: 0o2770], ofItemAtPath: directory.url.path)
        let path = directory.path("desk.sqlite")
        _ = try testStore(path: path, operatorLogin: "kari")
        #expect(try mode(path) == 0o660)
    }

    @Test("a command that reads what is there refuses a path that does not exist, and creates nothing")
    func missingFileRefused() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("typo.sqlite")
        #expect(throws: StoreError.self) { try testStore(path: path, operatorLogin: "kari", mustExist: true) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("check on an empty file says it is not a segdesk database and leaves it empty; an import may still start a segment in it")
    func emptyFileNotTurnedIntoADatabase() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("empty.sqlite")
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        #expect(throws: StoreError.refused(.unusableFile(path: path, problem: "is empty, not a segdesk database; nothing was written to it"))) {
            try Language.$interface.withValue(.english) { try testStore(path: path, operatorLogin: "kari", mustExist: true) }
        }
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int == 0)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        _ = try testStore(path: path, operatorLogin: "kari")
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0 > 0)
    }

    @Test("a directory, a device and a file that is not SQLite are refused with the file's name and what it is")
    func wrongKindsOfFile() throws {
        let directory = try TemporaryDirectory()
        let text = directory.path("notes.txt")
        try "hello\n".write(toFile: text, atomically: true, encoding: .utf8)
        let cases = [(directory.url.path, "is a directory"), ("/dev/null", "is not a regular file"),
                     (text, "is not a segdesk database")]
        for (path, what) in cases {
            let error = try #require(throws: StoreError.self) { try testStore(path: path, operatorLogin: "kari") }
            #expect(error.description.hasPrefix(path) && error.description.contains(what), "\(error)")
        }
        #expect(try String(contentsOfFile: text, encoding: .utf8) == "hello\n")
    }

    @Test("a file this user may not write opens read-only, and a change is refused",
          .enabled(if: getuid() != 0, "root may write any file"))
    func readOnlyFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("desk.sqlite")
        _ = try testStore(path: path, operatorLogin: "kari").providers.add(key: "ske", name: "Skatteetaten", email: "p@example.no")
        try FileManager.default.setAttributes([.posixPermissions: 0o400], ofItemAtPath: path)
        let store = try testStore(path: path, operatorLogin: "kari")
        #expect(store.isReadOnly)
        #expect(try store.overview().readOnly)
        #expect(throws: DatabaseError.self) { try store.triageDesk.addNote(entity: .provider, id: 1, text: "y") }
    }

    @Test("check names each file of the database, and its folder, that anyone on the machine may read")
    func filesOpenToOthers() throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: directory.url.path)
        let path = directory.path("desk.sqlite")
        _ = try testStore(path: path, operatorLogin: "kari")
        #expect(FileModes.openToOthers(path).isEmpty)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory.url.path)
        let open = Language.$interface.withValue(.english) { FileModes.openToOthers(path) }
        #expect(open.contains("\(path) can be read by anyone on this machine (mode 644); chmod o-rwx \(path)"))
        #expect(open.contains { $0.hasPrefix(directory.url.path + " can be read by anyone") })
        #expect(!open.contains { $0.contains("-wal can be read") }, "the -wal keeps the mode it was made with")
    }
}
