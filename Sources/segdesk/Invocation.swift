import Foundation
import SegmentCore

/// What the command line asked for.
enum Invocation: Equatable {
    case dashboard(db: String?, theme: String?, demo: Bool)
    case demo(db: String, consumers: Int, incidents: Int, seed: UInt64)
    case importIncidents(ImportRequest)
    case importNotices(ImportRequest)
    case importConsumers(ImportRequest)
    case importServices(ImportRequest)
    case importAgreements(ImportRequest)
    case importAcceptances(ImportRequest)
    case importAcknowledgements(ImportRequest)
    case ingestMaildir(db: String?, directory: String)
    case export(kind: ExportKind, db: String?, format: Exporter.Format, keepingPersonalData: Bool)
    case check(db: String?)
    case backup(db: String?, file: String)
    case remind(db: String?, dryRun: Bool)
    case digest(db: String?, days: Int, send: Bool)
    case report(db: String?, days: Int)
    case proposal(db: String?, needID: Int64)
    case importNeeds(ImportRequest)
    case importBackings(ImportRequest)
    case outboxList(db: String?)
    case outboxDeliver(db: String?, transport: String?, from: String?, timeout: String?)
    case outboxSettle(db: String?, ids: [Int64], sent: Bool)
    case help(String)
    case version
}

/// What an import command names: the database, the file, and how to read it.
struct ImportRequest: Equatable {
    var db: String?
    var file: String
    var skipBad: Bool
    /// The file's encoding when it is not UTF-8 (`--encoding`).
    var encoding: String?
    /// Records already known change to what the file says (`--update`).
    var update = false
}

/// A command line that does not say something segdesk understands.
struct UsageError: Error, CustomStringConvertible {
    let description: String
}

extension Invocation {
    static func parse(_ arguments: [String]) throws -> Invocation {
        let rest = arguments[...]
        switch rest.first {
        case "demo": return try parseDemo(rest)
        case "import": return try parseImport(rest)
        case "ingest": return try parseIngest(rest)
        case "export": return try parseExport(rest)
        case "outbox": return try parseOutbox(rest)
        case "report": return try parseReport(rest)
        case "digest": return try parseDigest(rest)
        case "remind": return try parseRemind(rest)
        case "backup": return try parseBackup(rest)
        case "check": return try parseCheck(rest)
        case "--completion": return try parseCompletion(rest)
        default: break
        }
        if rest == ["--man"] { return .help(ManualPage.text(version: Invocation.releaseVersion)) }
        if let first = rest.first, !first.hasPrefix("-") {
            throw UsageError(description: localized("segdesk: unknown command \"{1}\"; segdesk --help lists the commands", first))
        }
        let options = try Options.parse(rest, allowed: ["--db", "--theme"], flags: ["--help", "--version", "--demo", "-h"])
        if options.flags.contains("--help") || options.flags.contains("-h") { return .help(Usage.main) }
        if options.flags.contains("--version") { return .version }
        return .dashboard(db: options.values["--db"], theme: options.values["--theme"], demo: options.flags.contains("--demo"))
    }

    /// `segdesk demo ...`; `rest` starts with `demo`.
    private static func parseDemo(_ rest: ArraySlice<String>) throws -> Invocation {
        let rest = rest.dropFirst()
        var options = try Options.parse(rest, allowed: ["--db", "--consumers", "--incidents", "--seed"], flags: ["--help"])
        if options.flags.contains("--help") { return .help(Usage.demo) }
        guard let db = options.values.removeValue(forKey: "--db") else {
            throw UsageError(description: localized("segdesk demo: --db PATH is required (where to write the demo database)"))
        }
        return .demo(db: db, consumers: try options.number("--consumers", default: 130, range: 3...100_000),
                     incidents: try options.number("--incidents", default: 2_500, range: 1...50_000_000),
                     seed: UInt64(try options.number("--seed", default: 1, range: 0...Int.max)))
    }

    /// `segdesk import ...`; `rest` starts with `import`.
    private static func parseImport(_ rest: ArraySlice<String>) throws -> Invocation {
        var rest = rest.dropFirst()
        if rest.first == "--help" {
            return .help([Usage.importServices, Usage.importConsumers, Usage.importIncidents, Usage.importNotices,
                          Usage.importAcknowledgements]
                .joined(separator: "\n"))
        }
        guard let kind = rest.first, !kind.hasPrefix("-") else {
            throw UsageError(description: localized("segdesk import: expected what to import: services, consumers, incidents or notices"))
        }
        let usages = ["incidents": Usage.importIncidents, "notices": Usage.importNotices, "consumers": Usage.importConsumers,
                      "services": Usage.importServices, "agreements": Usage.importAgreements,
                      "acceptances": Usage.importAgreements, "acks": Usage.importAcknowledgements,
                      "needs": Usage.importNeeds, "backings": Usage.importNeeds]
        guard let usage = usages[kind] else {
            throw UsageError(description: localized("segdesk import: cannot import \"{1}\"; expected services, consumers, incidents, notices, acks, needs, backings, agreements or acceptances", kind))
        }
        rest = rest.dropFirst()
        let updates = kind == "services" || kind == "consumers"
        let flags: Set<String> = updates ? ["--help", "--skip-bad", "--update"] : ["--help", "--skip-bad"]
        let options = try Options.parse(rest, allowed: ["--db", "--encoding"], flags: flags, positional: true)
        if options.flags.contains("--help") { return .help(usage) }
        guard options.positional.count == 1 else {
            throw UsageError(description: localized("segdesk import {1}: expected one FILE (or - for standard input)", kind))
        }
        let request = ImportRequest(db: options.values["--db"], file: options.positional[0],
                                    skipBad: options.flags.contains("--skip-bad"), encoding: options.values["--encoding"],
                                    update: options.flags.contains("--update"))
        if let encoding = request.encoding, !IntakeEncoding.names.contains(encoding.lowercased()) {
            throw UsageError(description: localized("segdesk import: --encoding expects {1}, got \"{2}\"", IntakeEncoding.names.joined(separator: ", "), encoding))
        }
        switch kind {
        case "incidents": return .importIncidents(request)
        case "notices": return .importNotices(request)
        case "services": return .importServices(request)
        case "agreements": return .importAgreements(request)
        case "acceptances": return .importAcceptances(request)
        case "acks": return .importAcknowledgements(request)
        case "needs": return .importNeeds(request)
        case "backings": return .importBackings(request)
        default: return .importConsumers(request)
        }
    }

    /// `segdesk ingest ...`; `rest` starts with `ingest`.
    private static func parseIngest(_ rest: ArraySlice<String>) throws -> Invocation {
        let rest = rest.dropFirst()
        if rest.first == "--help" { return .help(Usage.ingestMaildir) }
        guard rest.first == "maildir" else {
            throw UsageError(description: localized("segdesk ingest: expected what to take in from: maildir"))
        }
        let options = try Options.parse(rest.dropFirst(), allowed: ["--db"], flags: ["--help"], positional: true)
        if options.flags.contains("--help") { return .help(Usage.ingestMaildir) }
        guard options.positional.count == 1 else {
            throw UsageError(description: localized("segdesk ingest maildir: expected one DIR (a Maildir with new/ and cur/)"))
        }
        return .ingestMaildir(db: options.values["--db"], directory: options.positional[0])
    }

    /// `segdesk export ...`; `rest` starts with `export`.
    private static func parseExport(_ rest: ArraySlice<String>) throws -> Invocation {
        let options = try Options.parse(rest.dropFirst(), allowed: ["--db", "--format"],
                                        flags: ["--help", "--keep-personal-data"], positional: true)
        let kinds = ExportKind.allCases.map(\.rawValue).joined(separator: ", ")
        if options.flags.contains("--help") {
            return .help(Usage.export)
        }
        if options.positional.first == "proposal" {
            guard options.positional.count == 2, let id = Int64(options.positional[1]), id > 0 else {
                throw UsageError(description: localized("segdesk export proposal: expected the need's number, e.g. segdesk export proposal 12"))
            }
            return .proposal(db: options.values["--db"], needID: id)
        }
        guard options.positional.count == 1, let kind = ExportKind(rawValue: options.positional[0]) else {
            throw UsageError(description: localized("segdesk export: expected one KIND: {1}, or proposal ID", kinds))
        }
        guard let format = Exporter.Format(rawValue: options.values["--format"] ?? "jsonl") else {
            throw UsageError(description: localized("segdesk export: --format expects jsonl or csv"))
        }
        return .export(kind: kind, db: options.values["--db"], format: format,
                       keepingPersonalData: options.flags.contains("--keep-personal-data"))
    }

    /// `segdesk outbox ...`; `rest` starts with `outbox`.
    private static func parseOutbox(_ rest: ArraySlice<String>) throws -> Invocation {
        let action = rest.dropFirst().first
        if action == "--help" { return .help(Usage.outbox) }
        let settles = action == "confirm" || action == "requeue"
        let options = try Options.parse(rest.dropFirst(2), allowed: ["--db", "--transport", "--from", "--timeout"],
                                        flags: ["--help"], positional: settles)
        if options.flags.contains("--help") { return .help(Usage.outbox) }
        switch action {
        case "list": return .outboxList(db: options.values["--db"])
        case "deliver":
            return .outboxDeliver(db: options.values["--db"], transport: options.values["--transport"],
                                  from: options.values["--from"], timeout: options.values["--timeout"])
        case "confirm", "requeue":
            let ids = options.positional.compactMap { Int64($0) }.filter { $0 > 0 }
            guard !ids.isEmpty, ids.count == options.positional.count else {
                throw UsageError(description: localized("segdesk outbox {1}: expected one or more message ids (numbers, as outbox list shows them)", action ?? ""))
            }
            return .outboxSettle(db: options.values["--db"], ids: ids, sent: action == "confirm")
        default:
            throw UsageError(description: localized("segdesk outbox: expected list, deliver, confirm or requeue"))
        }
    }

    /// `segdesk report ...`; `rest` starts with `report`.
    private static func parseReport(_ rest: ArraySlice<String>) throws -> Invocation {
        let options = try Options.parse(rest.dropFirst(), allowed: ["--db", "--days"], flags: ["--help"])
        if options.flags.contains("--help") { return .help(Usage.report) }
        return .report(db: options.values["--db"], days: try options.number("--days", default: 30, range: 1...366))
    }

    /// `segdesk digest ...`; `rest` starts with `digest`.
    private static func parseDigest(_ rest: ArraySlice<String>) throws -> Invocation {
        let options = try Options.parse(rest.dropFirst(), allowed: ["--db", "--days"], flags: ["--help", "--send"])
        if options.flags.contains("--help") { return .help(Usage.digest) }
        return .digest(db: options.values["--db"], days: try options.number("--days", default: 7, range: 1...365),
                       send: options.flags.contains("--send"))
    }

    /// `segdesk remind ...`; `rest` starts with `remind`.
    private static func parseRemind(_ rest: ArraySlice<String>) throws -> Invocation {
        let options = try Options.parse(rest.dropFirst(), allowed: ["--db"], flags: ["--help", "--dry-run"])
        if options.flags.contains("--help") {
            return .help(Usage.remind)
        }
        return .remind(db: options.values["--db"], dryRun: options.flags.contains("--dry-run"))
    }

    /// `segdesk backup ...`; `rest` starts with `backup`.
    private static func parseBackup(_ rest: ArraySlice<String>) throws -> Invocation {
        let options = try Options.parse(rest.dropFirst(), allowed: ["--db"], flags: ["--help"], positional: true)
        if options.flags.contains("--help") {
            return .help(Usage.backup)
        }
        guard options.positional.count == 1, !options.positional[0].isEmpty, options.positional[0] != "-" else {
            throw UsageError(description: localized("segdesk backup: expected one FILE to write the copy to"))
        }
        return .backup(db: options.values["--db"], file: options.positional[0])
    }

    /// `segdesk check ...`; `rest` starts with `check`.
    private static func parseCheck(_ rest: ArraySlice<String>) throws -> Invocation {
        let options = try Options.parse(rest.dropFirst(), allowed: ["--db"], flags: ["--help"])
        if options.flags.contains("--help") {
            return .help(Usage.check)
        }
        return .check(db: options.values["--db"])
    }

    /// `segdesk --completion ...`; `rest` starts with `--completion`.
    private static func parseCompletion(_ rest: ArraySlice<String>) throws -> Invocation {
        guard rest.count == 2, rest.last == "bash" else {
            throw UsageError(description: localized("segdesk --completion: expected the shell: segdesk --completion bash"))
        }
        return .help(BashCompletion.text)
    }
}

/// `--name value` and `--name=value` options and bare flags.
struct Options {
    var values: [String: String] = [:]
    var flags: Set<String> = []
    var positional: [String] = []

    static func parse(_ arguments: ArraySlice<String>, allowed: Set<String>, flags allowedFlags: Set<String>,
                      positional allowsPositional: Bool = false) throws -> Options {
        var options = Options()
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let name = parts.first ?? argument
            if allowsPositional && (argument == "-" || !argument.hasPrefix("-")) {
                options.positional.append(argument)
            } else if allowedFlags.contains(argument) {
                options.flags.insert(argument)
            } else if allowed.contains(name) {
                guard let value = parts.count == 2 ? parts[1] : iterator.next() else {
                    throw UsageError(description: localized("segdesk: {1} needs a value", name))
                }
                options.values[name] = value
            } else {
                let known = (allowed.union(allowedFlags)).sorted().joined(separator: ", ")
                throw UsageError(description: localized("segdesk: unknown option \"{1}\"; expected one of {2}", argument, known))
            }
        }
        return options
    }

    func number(_ name: String, default fallback: Int, range: ClosedRange<Int>) throws -> Int {
        guard let text = values[name] else { return fallback }
        guard let value = Int(text), range.contains(value) else {
            throw UsageError(description: localized("segdesk: {1} expects a whole number from {2} to {3}, got \"{4}\"", name, range.lowerBound, range.upperBound, text))
        }
        return value
    }
}

extension Invocation {
    /// This build's version, for `--version` and the manual page.
    static let releaseVersion = "0.2.0"
}
