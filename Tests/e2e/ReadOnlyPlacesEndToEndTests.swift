import Foundation
import Testing

/// A database another user owns, or one in a folder this user may not
/// write: reading works, and a refused change says what is read-only and
/// what to do. Run as root, the commands run as `nobody`, since root may
/// write anything.
@Suite("Read-only places", .enabled(if: AnotherUser.canRunSegdesk, "needs a built segdesk another user may run"))
struct ReadOnlyPlacesEndToEndTests {
    /// Runs segdesk as the other user; what it printed on both outputs, and its exit status.
    private func segdesk(_ arguments: [String], home: String) -> (output: String, status: Int32) {
        let quoted = ([TmuxSession.executable] + arguments).map { "'\($0)'" }.joined(separator: " ")
        do {
            return (try TmuxSession.run(AnotherUser.prefix + ["env", "HOME=\(home)", "sh", "-c", "\(quoted) 2>&1"]), 0)
        } catch let failure as TmuxSession.CommandFailed {
            return (try! TmuxSession.run(AnotherUser.prefix + ["env", "HOME=\(home)", "sh", "-c", "\(quoted) 2>&1; true"]), failure.status)
        } catch {
            return ("\(error)", -1)
        }
    }

    private func place() throws -> (folder: String, services: String, cleanUp: () -> Void) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("segdesk-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder)
        let services = folder + "/services.csv"
        try "service,service_name,provider,provider_name,provider_email,environments\nlonn-api,Lønn,ske,Skatteetaten,p@ske.example,production\n"
            .write(toFile: services, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: services)
        return (folder, services, { try? FileManager.default.removeItem(atPath: folder) })
    }

    @Test("a database this user may write in a folder it may not: check, export and report work; an import is refused in words, and no -wal is made")
    func writableFileInReadOnlyFolder() throws {
        let (folder, services, cleanUp) = try place()
        defer { cleanUp() }
        let database = folder + "/desk.sqlite"
        try TmuxSession.run([TmuxSession.executable, "demo", "--db", database, "--consumers", "5", "--incidents", "10"])
        try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: database)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder) }
        let check = segdesk(["check", "--db", database], home: folder)
        #expect(check.status == 0)
        #expect(check.output.contains("is sound"))
        #expect(segdesk(["export", "incidents", "--db", database], home: folder).output.split(separator: "\n").count == 10)
        #expect(segdesk(["report", "--db", database], home: folder).status == 0)
        let imported = segdesk(["import", "services", services, "--db", database], home: folder)
        #expect(imported.status == 1)
        #expect(imported.output.contains("lies in a folder you may not write"), "\(imported.output)")
        #expect(!imported.output.contains("SQLite error"))
        #expect(!FileManager.default.fileExists(atPath: database + "-wal"))
    }

    @Test("a database that is read-only to this user: reading works; an import is refused in words naming the owner to ask, exit 1")
    func readOnlyFile() throws {
        let (folder, services, cleanUp) = try place()
        defer { cleanUp() }
        let database = folder + "/desk.sqlite"
        try TmuxSession.run([TmuxSession.executable, "demo", "--db", database, "--consumers", "5", "--incidents", "10"])
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: database)
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder)
        let before = try Data(contentsOf: URL(fileURLWithPath: database))
        #expect(segdesk(["check", "--db", database], home: folder).status == 0)
        let imported = segdesk(["import", "services", services, "--db", database], home: folder)
        #expect(imported.status == 1)
        #expect(imported.output.contains("is read-only to you; nothing was changed: ask its owner"), "\(imported.output)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
    }
}

/// A user without root's rights: `nobody` when the tests run as root, else
/// the user running them.
enum AnotherUser {
    /// The words that run a command as that user.
    static let prefix = getuid() == 0 ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []

    static var canRunSegdesk: Bool {
        TmuxSession.isAvailable && (try? TmuxSession.run(prefix + [TmuxSession.executable, "--version"])) != nil
    }
}
