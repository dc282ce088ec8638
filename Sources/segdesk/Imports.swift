import Foundation
import SegmentCore

/// The bytes of an intake file, or of standard input for "-", as UTF-8 (from
/// the encoding the request names); nil (said on standard error) when it
/// cannot be read.
func intakeData(_ request: ImportRequest) throws -> Data? {
    let file = request.file
    let data: Data
    if file == "-" {
        data = FileHandle.standardInput.readDataToEndOfFile()
    } else {
        guard let contents = FileManager.default.contents(atPath: file) else {
            complain("segdesk import: cannot read \(file)")
            return nil
        }
        data = contents
    }
    return try request.encoding.map { try IntakeEncoding.utf8(data, from: $0) } ?? data
}

/// Imports a file of notices or consumers in one go: reads and checks every
/// record, lists the bad ones, and says what went in.
func importRecords<Record: IntakeRecord, Report>(_ request: ImportRequest, environment: Environment,
                                                 run: (Store, IntakeChunk<Record>) throws -> Report,
                                   skipped: (Report) -> [IntakeProblem], summary: (Report) -> String) throws -> Int32 {
    guard let data = try intakeData(request) else { return 1 }
    let file = request.file
    let contents: IntakeChunk<Record> = IntakeFile.read(data, name: file, csv: file.lowercased().hasSuffix(".csv"))
    let store = try openStore(try environment.databasePath(request.db), environment)
    do {
        let report = try run(store, contents)
        skipped(report).forEach { complain($0.description) }
        complain(summary(report) + ", \(Set(skipped(report).map(\.line)).count) bad records skipped")
        return 0
    } catch let refused as ImportRefused {
        refused.problems.forEach { complain($0.description) }
        complain("segdesk import: \(refused.description)")
        return 1
    }
}

func importIncidents(_ request: ImportRequest, environment: Environment) throws -> Int32 {
    guard let data = try intakeData(request) else { return 1 }
    let (file, skipBad) = (request.file, request.skipBad)
    let started = Date()
    let store = try openStore(try environment.databasePath(request.db), environment)
    let stream = IncidentStream(data, name: file, csv: file.lowercased().hasSuffix(".csv"))
    defer { stream.cancel() }
    let showProgress = environment.stderrIsTerminal && stream.lineCount >= 50_000
    do {
        let report = try store.importIncidents(next: stream.next, expectedRecords: stream.lineCount, file: file,
                                               skipBad: skipBad) { done in
            if showProgress { FileHandle.standardError.write(Data("\rimport: \(done) of about \(stream.lineCount) incidents".utf8)) }
        }
        if showProgress { FileHandle.standardError.write(Data("\n".utf8)) }
        report.skipped.forEach { complain($0.description) }
        let seconds = Date().timeIntervalSince(started)
        let rate = seconds > 0 ? Int(Double(report.imported) / seconds) : report.imported
        complain("import: \(report.imported) imported (\(report.joinedOutage) joined an announced outage), "
                 + "\(report.duplicates) duplicates, \(Set(report.skipped.map(\.line)).count) bad records skipped"
                 + " in \(String(format: "%.2f", seconds)) s (\(rate) per second)")
        return 0
    } catch let refused as ImportRefused {
        if showProgress { FileHandle.standardError.write(Data("\n".utf8)) }
        refused.problems.forEach { complain($0.description) }
        complain("segdesk import: \(refused.description)")
        return 1
    }
}

func ingestMaildir(db: String?, directory: String, environment: Environment) throws -> Int32 {
    let store = try openExistingStore(try environment.databasePath(db), environment)
    var showedProgress = false
    let report = try MaildirIngest(directory: directory).run(into: store) { done, total in
        guard environment.stderrIsTerminal && total >= 200 else { return }
        FileHandle.standardError.write(Data("\ringest: \(done) of \(total) messages".utf8))
        showedProgress = true
    }
    if showedProgress { FileHandle.standardError.write(Data("\n".utf8)) }
    report.problems.forEach { complain("\(directory)/\($0)") }
    complain("ingest: \(report.incidents) new incidents (\(report.unmatched) unmatched), \(report.replies) replies, "
              + "\(report.providerUpdates) provider updates, \(report.noticeAnswers) answers to notices, "
             + "\(report.draftNotices) draft notices from providers, \(report.agreementMail) on agreements, "
             + "\(report.duplicates) seen before, \(report.problems.count) unreadable")
    return report.problems.isEmpty ? 0 : 1
}
