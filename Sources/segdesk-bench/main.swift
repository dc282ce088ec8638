import CPseudoTerminal
import Foundation
import SegmentCore

/// segdesk-bench: measures segdesk as its users feel it, against a database of
/// 130 consumers and a million incidents (100,000 with --quick), driving the
/// real program through a pseudo-terminal.
struct Options {
    var quick = false
    var database: String?
    var incidents: Int?
    var json = ".build/bench/result.json"
    var importCount: Int?
    var segdesk: String?
    /// The one case to run, when not all.
    var only: String?

    /// The cases, by the names `--only` takes.
    static let cases = ["imports", "hostile", "digest", "bare", "first-frames", "keys", "fifty", "knowledge", "segment"]

    /// Whether the run measures `name`.
    func runs(_ name: String) -> Bool { only == nil || only == name }

    static let usage = """
        usage: segdesk-bench [--quick] [--db PATH] [--incidents N] [--import N] [--json PATH] [--segdesk PATH] [--only CASE]

        Makes (or reuses) a demo database with `segdesk demo`, then measures import
        throughput, time to the first full frame, per-key latency (median and p99)
        and bytes written per key at 80x24, peak resident memory, and the time
        to read a megabyte of hostile input through each parser; then the
        segment case: 2,000 consumers, 200 notices reaching all of them, one
        published, and keys on the notices pane; and fifty dashboards open while
        a writer imports 100 incidents every 5 s and segdesk alert runs every
        minute (--quick: ten, for 20 s); and 5,000 articles in the knowledge base
        (--quick: 500), its pane and the proposals for an incident. --only runs one
        case: imports, hostile, digest, bare, first-frames, keys, fifty, knowledge
        or segment. Prints a table
        and writes the figures as JSON (default .build/bench/result.json).
        --quick uses 100,000 incidents, imports 20,000 and presses fewer keys, to
        prove the benchmark runs; --incidents and --import set the sizes.
        Build segdesk in release mode first for figures worth quoting:
          swift build -c release && .build/release/segdesk-bench
        """

    init(_ arguments: [String]) throws {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            func value() throws -> String {
                guard let value = iterator.next() else { throw BenchError("\(argument) needs a value\n\(Self.usage)") }
                return value
            }
            switch argument {
            case "--quick": quick = true
            case "--db": database = try value()
            case "--incidents":
                guard let number = Int(try value()), number > 0 else { throw BenchError("--incidents expects a positive number") }
                incidents = number
            case "--json": json = try value()
            case "--import":
                guard let number = Int(try value()), number > 0 else { throw BenchError("--import expects a positive number") }
                importCount = number
            case "--segdesk": segdesk = try value()
            case "--only":
                let name = try value()
                guard Self.cases.contains(name) else { throw BenchError("--only expects one of \(Self.cases.joined(separator: ", "))") }
                only = name
            case "--help", "-h": throw BenchError(Self.usage)
            default: throw BenchError("unknown option \(argument)\n\(Self.usage)")
            }
        }
    }
}

func note(_ text: String) { FileHandle.standardError.write(Data("bench: \(text)\n".utf8)) }

/// Runs a command to its end; returns its wall time in seconds, from start to
/// exit as a shell would see it. Everything written before is put on disk
/// first, so the command's own syncs do not pay for it: `FileManager` leaves a
/// copied million-incident database dirty in memory, and its writing out
/// would otherwise land in the import's first checkpoint. Waits with
/// `waitpid`: Foundation's `Process.waitUntilExit` notices the exit up to
/// 50 ms late.
func timed(_ executable: String, _ arguments: [String]) throws -> Double {
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
        argv.forEach { free($0) }
        envp.forEach { free($0) }
    }
    sync()
    let started = DispatchTime.now().uptimeNanoseconds
    let pid = segdesk_spawn_quiet(executable, argv, envp)
    guard pid > 0 else { throw BenchError("cannot start \(executable)") }
    let status = segdesk_wait_child(pid)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000_000
    guard status == 0 else {
        throw BenchError("\(executable) \(arguments.joined(separator: " ")) failed with status \(status)")
    }
    return seconds
}

/// Imports of a JSON Lines sample, three times into a small database and
/// three times into copies of the benchmark's own.
func measureImports(segdesk: String, database: String, scratch: URL, options: Options, into results: inout Results) throws {
    let importCount = options.importCount ?? (options.quick ? 20_000 : 100_000)
    results.importCount = importCount
    note("importing \(importCount) incidents from JSON Lines")
    let emptyDatabase = scratch.appendingPathComponent("empty.sqlite").path
    _ = try timed(segdesk, ["demo", "--db", emptyDatabase, "--incidents", "1"])
    let sample = scratch.appendingPathComponent("incidents.jsonl").path
    try IntakeSample.write(count: importCount, from: try Database(path: emptyDatabase), to: sample)
    // The median of three imports, each into a fresh copy: one run on a
    // shared machine says more about the neighbours than about segdesk.
    for run in 1...3 {
        let importDatabase = scratch.appendingPathComponent("import-\(run).sqlite").path
        try FileManager.default.copyItem(atPath: emptyDatabase, toPath: importDatabase)
        results.importSeconds.append(try timed(segdesk, ["import", "incidents", "--db", importDatabase, sample]))
    }
    // The same three times into copies of the benchmark's own database: the
    // realistic case, where every index is already a million entries deep.
    for run in 1...3 {
        let fullCopy = scratch.appendingPathComponent("full-\(run).sqlite").path
        try FileManager.default.copyItem(atPath: database, toPath: fullCopy)
        defer { try? FileManager.default.removeItem(atPath: fullCopy) }
        do {
            results.importIntoFullSeconds.append(try timed(segdesk, ["import", "incidents", "--db", fullCopy, sample]))
        } catch {
            note("the import into a copy of \(database) failed (its consumers differ from the demo's?): \(error)")
            break
        }
    }
}

func run() throws {
    let options = try Options(Array(CommandLine.arguments.dropFirst()))
    let here = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    let segdesk = options.segdesk ?? here.appendingPathComponent("segdesk").path
    guard FileManager.default.isExecutableFile(atPath: segdesk) else {
        throw BenchError("no segdesk at \(segdesk); build it first (swift build -c release)")
    }
    let incidents = options.incidents ?? (options.quick ? 100_000 : 1_000_000)
    let database = options.database ?? ".build/bench/segdesk-\(incidents).sqlite"
    try FileManager.default.createDirectory(atPath: URL(fileURLWithPath: database).deletingLastPathComponent().path,
                                            withIntermediateDirectories: true)
    var results = Results(machine: Machine.describe(), segdesk: segdesk, incidents: incidents)

    if !FileManager.default.fileExists(atPath: database) {
        note("writing a demo database of \(incidents) incidents to \(database)")
        results.demoSeconds = try timed(segdesk, ["demo", "--db", database, "--incidents", String(incidents)])
    } else {
        let found = try Database(path: database).scalar("SELECT count(*) FROM incidents")
        guard found == incidents else {
            throw BenchError("\(database) holds \(found) incidents, not \(incidents); remove it or pass --incidents \(found)")
        }
        note("reusing \(database)")
        // The reading commands measured below do not bring a file to this
        // build's schema; an older segdesk has no `upgrade` and needs none.
        _ = try? timed(segdesk, ["upgrade", "--db", database])
    }
    // The files are read with a bare connection, never a `Store`, which would
    // bring them to this build's schema: `--segdesk` may name an older segdesk.
    results.pageSize = try Database(path: database).scalar("PRAGMA page_size")

    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("segdesk-bench-\(getpid())")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    if options.runs("imports") { try measureImports(segdesk: segdesk, database: database, scratch: scratch, options: options, into: &results) }
    if options.runs("hostile") {
        note("hostile input through the intake and mail parsers")
        HostileInput.measure(into: &results)
    }
    if options.runs("digest") {
        note("the provider's digest")
        results.digestSeconds = try timed(segdesk, ["digest", "--db", database])
    }
    let bareList = options.segdesk.map { URL(fileURLWithPath: $0).deletingLastPathComponent().appendingPathComponent("bare-list").path }
        ?? here.appendingPathComponent("bare-list").path
    if options.runs("bare"), FileManager.default.isExecutableFile(atPath: bareList) {
        note("driving the bare list at 80x24")
        try BareList.measure(executable: bareList, database: database, quick: options.quick, into: &results)
    } else if options.runs("bare") {
        note("no bare-list beside segdesk (\(bareList)); the budgets are shown without it")
    }
    if options.runs("first-frames") {
        note("first frames, segdesk and the bare list in turn")
        try FirstFrames.measure(segdesk: segdesk, bareList: FileManager.default.isExecutableFile(atPath: bareList) ? bareList : nil,
                                database: database, quick: options.quick, into: &results)
    }
    if options.runs("keys") {
        note("driving segdesk at 80x24")
        try Keystrokes.measure(segdesk: segdesk, database: database, quick: options.quick, into: &results)
    }
    if options.runs("fifty") {
        note("fifty dashboards while a writer imports and the alerts run")
        try FiftyDashboards.measure(segdesk: segdesk, database: database, scratch: scratch, quick: options.quick, into: &results)
    }
    if options.runs("knowledge") {
        note("the knowledge base: 5,000 articles beside the incidents")
        try KnowledgeScale.measure(segdesk: segdesk, database: database, scratch: scratch, quick: options.quick, into: &results)
    }
    if options.runs("segment") {
        note("the segment case: 2,000 consumers and their notices")
        try SegmentScale.measure(segdesk: segdesk, scratch: scratch, quick: options.quick, into: &results)
    }

    print(results.table)
    try FileManager.default.createDirectory(atPath: URL(fileURLWithPath: options.json).deletingLastPathComponent().path,
                                            withIntermediateDirectories: true)
    try results.json.write(toFile: options.json, atomically: true, encoding: .utf8)
    note("figures written to \(options.json)")
}

do {
    try run()
} catch {
    note("\(error)")
    exit(1)
}
