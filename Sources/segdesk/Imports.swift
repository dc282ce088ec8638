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
            complain(localized("segdesk import: cannot read {1}", file))
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
        complain(localized("segdesk import: {1}", refused.description))
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
    let report = try store.intakeDesk.importIncidents(next: stream.next, expectedRecords: stream.lineCount, file: file,
                                           skipBad: skipBad) { done in
        if showProgress { FileHandle.standardError.write(Data(("\r" + localized("import: {1} of about {2}", done, Language.interface.counted(stream.lineCount, "{1} incident", "{1} incidents"))).utf8)) }
    }
    if showProgress { FileHandle.standardError.write(Data("\n".utf8)) }
    report.skipped.forEach { complain($0.description) }
    let seconds = Date().timeIntervalSince(started)
    let rate = seconds > 0 ? Int(Double(report.imported) / seconds) : report.imported
    complain(localized("import: {1} imported ({2} joined an announced outage), {3}, {4} skipped in {5} s ({6} per second)",
                       report.imported, report.joinedOutage, Language.interface.counted(report.duplicates, "{1} duplicate", "{1} duplicates"),
                       Language.interface.counted(Set(report.skipped.map(\.line)).count, "{1} bad record", "{1} bad records"),
                       String(format: "%.2f", seconds), rate))
    return 0
    } catch let refused as ImportRefused {
    if showProgress { FileHandle.standardError.write(Data("\n".utf8)) }
    refused.problems.forEach { complain($0.description) }
    complain(localized("segdesk import: {1}", refused.description))
    return 1
    }
}

func ingestMaildir(db: String?, directory: String, environment: Environment) throws -> Int32 {
    let store = try openExistingStore(try environment.databasePath(db), environment)
    var showedProgress = false
    let report = try MaildirIngest(directory: directory).run(into: store) { done, total in
        guard environment.stderrIsTerminal && total >= 200 else { return }
        FileHandle.standardError.write(Data(("\r" + localized("ingest: {1} of {2}", done, Language.interface.counted(total, "{1} message", "{1} messages"))).utf8))
        showedProgress = true
    }
    if showedProgress { FileHandle.standardError.write(Data("\n".utf8)) }
    report.problems.forEach { complain("\(directory)/\($0)") }
    let language = Language.interface
    complain(localized("ingest: {1} ({2} unmatched), {3}, {4}, {5}, {6}, {7} on agreements, {8} seen before, {9} unreadable",
                       language.counted(report.incidents, "{1} new incident", "{1} new incidents"), report.unmatched,
                       language.counted(report.replies, "{1} reply", "{1} replies"),
                       language.counted(report.providerUpdates, "{1} provider update", "{1} provider updates"),
                       language.counted(report.noticeAnswers, "{1} answer to notices", "{1} answers to notices"),
                       language.counted(report.draftNotices, "{1} draft notice from providers", "{1} draft notices from providers"),
                       report.agreementMail, report.duplicates, report.problems.count))
    if report.alertReplies > 0 {
        complain(language.counted(report.alertReplies, "ingest: {1} reply to alerts, {2} acknowledging one", "ingest: {1} replies to alerts, {2} acknowledging one",
                                  report.alertsAcknowledged))
    }
    return report.problems.isEmpty ? 0 : 1
}

func importNotices(_ request: ImportRequest, _ environment: Environment) throws -> Int32 {
    return try importRecords(request, environment: environment,
                             run: { try $0.noticeDesk.importNotices($1, file: request.file, skipBad: request.skipBad) }, skipped: \.skipped) {
        report in
        report.leftAsDrafts.forEach {
            complain(localized("import: notice #{1} stays a draft: no consumer using its services is at a stage that gets notices yet; publish it once one is", $0))
        }
        let language = Language.interface
        return localized("import: {1} imported as drafts reaching {2}, {3} published at once ({4} queued); {5}",
                         language.counted(report.imported, "{1} notice", "{1} notices"),
                         language.counted(report.consumersReached, "{1} consumer", "{1} consumers"), report.published,
                         language.counted(report.messagesQueued, "{1} message", "{1} messages"),
                         language.counted(report.duplicates, "{1} duplicate", "{1} duplicates"))
    }
}

func importNeeds(_ request: ImportRequest, _ environment: Environment) throws -> Int32 {
    return try importRecords(request, environment: environment,
                             run: { try $0.needDesk.importNeeds($1, file: request.file, skipBad: request.skipBad) },
                             skipped: \.skipped) {
        localized("import: {1}, {2}", Language.interface.counted($0.imported, "{1} need imported", "{1} needs imported"),
                  Language.interface.counted($0.duplicates, "{1} duplicate", "{1} duplicates"))
    }
}

func importBackings(_ request: ImportRequest, _ environment: Environment) throws -> Int32 {
    return try importRecords(request, environment: environment,
                             run: { try $0.needDesk.importBackings($1, file: request.file, skipBad: request.skipBad) },
                             skipped: \.skipped) { localized("import: {1} backings added, {2} updated", $0.imported, $0.updated) }
}

func importAcknowledgements(_ request: ImportRequest, _ environment: Environment) throws -> Int32 {
    return try importRecords(request, environment: environment,
                             run: { try $0.noticeDesk.importAcknowledgements($1, file: request.file, skipBad: request.skipBad) },
                             skipped: \.skipped) { localized("import: {1} answers recorded, {2} unchanged", $0.recorded, $0.unchanged) }
}

func importServices(_ request: ImportRequest, _ environment: Environment) throws -> Int32 {
    return try importRecords(request, environment: environment,
                             run: { try $0.intakeDesk.importServices($1, file: request.file, skipBad: request.skipBad,
                                                          update: request.update) }, skipped: \.skipped) {
        localized("import: {1}, {2} updated, {3}; {4}", Language.interface.counted($0.imported, "{1} service imported", "{1} services imported"),
                  $0.updated, Language.interface.counted($0.providersAdded, "{1} provider added", "{1} providers added"),
                  Language.interface.counted($0.duplicates, "{1} duplicate", "{1} duplicates"))
    }
}

func importAgreements(_ request: ImportRequest, _ environment: Environment) throws -> Int32 {
    return try importRecords(request, environment: environment,
                             run: { try $0.agreementDesk.importAgreements($1, file: request.file, skipBad: request.skipBad) },
                             skipped: \.skipped) {
        localized("import: {1}, {2}", Language.interface.counted($0.imported, "{1} agreement version imported", "{1} agreement versions imported"),
                  Language.interface.counted($0.duplicates, "{1} duplicate", "{1} duplicates"))
    }
}

func importAcceptances(_ request: ImportRequest, _ environment: Environment) throws -> Int32 {
    return try importRecords(request, environment: environment,
                             run: { try $0.agreementDesk.importAcceptances($1, file: request.file, skipBad: request.skipBad) },
                             skipped: \.skipped) {
        localized("import: {1}, {2}", Language.interface.counted($0.imported, "{1} acceptance imported", "{1} acceptances imported"),
                  Language.interface.counted($0.duplicates, "{1} duplicate", "{1} duplicates"))
    }
}

func importConsumers(_ request: ImportRequest, _ environment: Environment) throws -> Int32 {
    return try importRecords(request, environment: environment,
                             run: { try $0.consumerDesk.importConsumers($1, file: request.file, skipBad: request.skipBad,
                                                           update: request.update) }, skipped: \.skipped) {
        localized("import: {1}, {2} updated, {3}", Language.interface.counted($0.imported, "{1} consumer imported", "{1} consumers imported"),
                  $0.updated, Language.interface.counted($0.duplicates, "{1} duplicate", "{1} duplicates"))
    }
}

func importArticles(_ request: ImportRequest, _ environment: Environment) throws -> Int32 {
    return try importRecords(request, environment: environment,
                             run: { store, contents in
                                 let report = try store.knowledgeDesk.importArticles(contents, file: request.file, skipBad: request.skipBad)
                                 // After the file's, so an article of its own about a code is not doubled by the known answer.
                                 let adopted = try store.knowledgeDesk.adopt(environment.knownAnswers())
                                 if adopted > 0 {
                                     complain(Language.interface.counted(adopted, "import: {1} known answer became an article",
                                                                         "import: {1} known answers became articles"))
                                 }
                                 return report
                             },
                             skipped: \.skipped) {
        localized("import: {1}, {2}", Language.interface.counted($0.imported, "{1} article imported", "{1} articles imported"),
                  Language.interface.counted($0.duplicates, "{1} duplicate", "{1} duplicates"))
    }
}
