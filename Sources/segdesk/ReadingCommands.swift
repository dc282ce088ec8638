import Foundation
import SegmentCore

// The commands that read the segment and print or copy it: the digest, the
// report, a proposal, an export, the check and a backup.

func printDigest(db: String?, days: Int, send: Bool, keepingPersonalData: Bool, _ environment: Environment) throws -> Int32 {
        let path = try environment.databasePath(db)
        let store = try send ? openExistingStore(path, environment) : openStoreForReading(path, environment)
        let digest = try store.digest(days: days)
        if send {
            let address = try store.sendDigest(digest)
            complain(localized("digest: queued to {1} (segdesk outbox deliver sends it)", address))
        } else {
            printForReader(digest.text(in: Language.interface), keepingPersonalData: keepingPersonalData)
        }
        return 0
}

func printReport(db: String?, days: Int, keepingPersonalData: Bool, _ environment: Environment) throws -> Int32 {
        let store = try openStoreForReading(try environment.databasePath(db), environment)
        printForReader(try store.statistics(days: days).text(unicode: environment.prefersUnicode, in: Language.interface),
                       keepingPersonalData: keepingPersonalData)
        return 0
}

func printProposal(db: String?, needID: Int64, keepingPersonalData: Bool, _ environment: Environment) throws -> Int32 {
        let store = try openExistingStore(try environment.databasePath(db), environment)
        printForReader(try store.needDesk.proposal(needID: needID) + "\n", keepingPersonalData: keepingPersonalData)
        return 0
}

func export(_ kind: ExportKind, db: String?, format: Exporter.Format, keepingPersonalData: Bool, consumer: String?, since: Int64?,
            _ environment: Environment) throws -> Int32 {
        let store = try openStoreForReading(try environment.databasePath(db), environment)
        var filter = ExportFilter(since: since)
        if let consumer {
            guard let id = try store.consumerDesk.consumerID(organisationNumber: consumer) else {
                throw StoreError.refused(.noConsumer(organisationNumber: UntrustedText.line(consumer)))
            }
            filter.consumerID = id
        }
        let output = FileHandle.standardOutput
        try Exporter(store: store, keepingPersonalData: keepingPersonalData).export(kind, format: format, forTerminal: isatty(STDOUT_FILENO) != 0,
                                                                                    filter: filter) {
            output.write(Data($0.utf8))
        }
        return 0
}

func check(db: String?, against witnesses: String?, _ environment: Environment) throws -> Int32 {
        let store = try openStoreForReading(try environment.databasePath(db), environment)
        var problems = try store.check()
        if let witnesses {
            let heads = try WitnessedHead.read(from: witnesses)
            if heads.isEmpty {
                problems.append(localized("check: {1} holds no head written by segdesk seal; nothing to hold the journal against", witnesses))
            } else {
                problems += try store.journalWitness.problems(against: heads)
                if let newest = heads.max(by: { $0.entry < $1.entry }) {
                    complain(Language.interface.counted(heads.count, "check: {1} witnessed head read from {2}, the newest entry {3}",
                                                        "check: {1} witnessed heads read from {2}, the newest entry {3}", witnesses, newest.entry))
                }
            }
        }
        problems.forEach { complain($0) }
        FileModes.openToOthers(store.path).forEach { complain(localized("check: warning: {1}", $0)) }
        complain(problems.isEmpty ? localized("check: {1} is sound", store.path)
                 : Language.interface.counted(problems.count, "check: {1} problem in {2}", "check: {1} problems in {2}", store.path))
        return problems.isEmpty ? 0 : 1
}

func backup(db: String?, to file: String, _ environment: Environment) throws -> Int32 {
        let store = try openStoreForReading(try environment.databasePath(db), environment)
        let started = Date()
        let pages = try store.backup(to: file) { copied, total in
            if environment.stderrIsTerminal { FileHandle.standardError.write(Data(("\r" + localized("backup: {1} of {2}", copied, Language.interface.counted(Int(total), "{1} page", "{1} pages"))).utf8)) }
        }
        if environment.stderrIsTerminal { FileHandle.standardError.write(Data("\n".utf8)) }
        let verdict = try Database(path: file).first("PRAGMA quick_check") { $0.string(0) } ?? "nothing"
        let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
        complain(localized("backup: {1} pages of {2} copied to {3} in {4} s; its quick check says {5}", pages, store.path, file, seconds, verdict))
        return verdict == "ok" ? 0 : 1
}

/// Writes text that quotes outside parties to standard output: national
/// identity numbers masked unless the operator keeps them on purpose, as
/// everything else that leaves segdesk; to a terminal, with everything that
/// could drive it or hide in it made visible.
private func printForReader(_ text: String, keepingPersonalData: Bool) {
    let leaving = keepingPersonalData ? text : NationalIdentityNumber.masked(text).text
    FileHandle.standardOutput.write(Data((isatty(STDOUT_FILENO) != 0 ? UntrustedText.clean(leaving) : leaving).utf8))
}

/// Writes a site's pages under `directory`, each file whole (written beside
/// itself, then renamed into place); an article page left from an earlier
/// export whose article is no longer published is removed.
func writeSite(_ pages: [GuidanceSite.Page], to directory: String) throws {
    let files = FileManager.default
    try files.createDirectory(atPath: directory + "/articles", withIntermediateDirectories: true)
    for page in pages {
        let path = directory + "/" + page.path
        let scratch = path + ".part"
        guard files.createFile(atPath: scratch, contents: Data(page.text.utf8), attributes: [.posixPermissions: 0o644]) else {
            throw StoreError.refused(.unusableFile(path: scratch, problem: String(cString: strerror(errno))))
        }
        guard rename(scratch, path) == 0 else { throw StoreError.refused(.unusableFile(path: path, problem: String(cString: strerror(errno)))) }
    }
    let written = Set(pages.map { URL(fileURLWithPath: $0.path).lastPathComponent })
    for name in (try? files.contentsOfDirectory(atPath: directory + "/articles")) ?? []
    where !written.contains(name) && name.split(separator: ".").first.map({ Int($0) != nil }) == true {
        try? files.removeItem(atPath: directory + "/articles/" + name)
    }
}
