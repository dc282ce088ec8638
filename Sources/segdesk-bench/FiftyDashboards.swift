import Foundation
import SegmentCore

/// A team's night: fifty dashboards open on the million-incident database
/// while a writer imports 100 incidents every 5 s and `segdesk alert` runs
/// every minute. One more dashboard is driven and timed, first with the
/// others idle and nothing written (the quiet case), then under the load;
/// every dashboard's output is watched, to see how soon each shows an
/// import; the idle ones' processor time is read from /proc. Runs on a copy
/// of the database, which the imports grow.
enum FiftyDashboards {
    /// What the case found, for the table.
    struct Figures {
        var dashboards = 0
        var quiet: Summary?
        var loaded: Summary?
        /// Seconds from an import's end to each dashboard's first redraw after it.
        var shown: Summary?
        var notShownWithin2s = 0
        var imports = 0
        var alertRuns = 0
        /// Percent of one core each idle dashboard used, the most and the median.
        var idleCorePercentMax: Double?
        var idleCorePercentMedian: Double?
        /// Writers (imports, alert runs) that failed, and those that said the database was busy.
        var failedWriters = 0
        var busyWriters = 0
    }

    /// Every output of the watched sessions: when, how many bytes.
    private final class Watcher: @unchecked Sendable {
        private let lock = NSLock()
        private var outputs: [[(at: Double, bytes: Int)]]
        private var stopped = false
        private let descriptors: [Int32]
        private let clock: () -> Double

        init(_ sessions: [TerminalSession], clock: @escaping () -> Double) {
            descriptors = sessions.map(\.descriptor)
            outputs = Array(repeating: [], count: sessions.count)
            self.clock = clock
        }

        func start() -> Thread {
            let thread = Thread { [self] in
                var buffer = [UInt8](repeating: 0, count: 65_536)
                var polled = descriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
                while !isStopped {
                    guard poll(&polled, nfds_t(polled.count), 100) > 0 else { continue }
                    for index in polled.indices where polled[index].revents & Int16(POLLIN) != 0 {
                        let count = read(polled[index].fd, &buffer, buffer.count)
                        if count > 0 { record(index, count) }
                    }
                }
            }
            thread.start()
            return thread
        }

        private var isStopped: Bool { lock.withLock { stopped } }
        private func record(_ index: Int, _ bytes: Int) { lock.withLock { outputs[index].append((clock(), bytes)) } }
        func stop() { lock.withLock { stopped = true } }
        var seen: [[(at: Double, bytes: Int)]] { lock.withLock { outputs } }
    }

    static func measure(segdesk: String, database: String, scratch: URL, quick: Bool, into results: inout Results) throws {
        let copy = scratch.appendingPathComponent("fifty.sqlite").path
        try FileManager.default.copyItem(atPath: database, toPath: copy)
        defer { try? FileManager.default.removeItem(atPath: copy) }
        // Someone is on call, so the alerts queue their messages as they would at night.
        let configuration = scratch.appendingPathComponent("fifty-config/segdesk")
        try FileManager.default.createDirectory(at: configuration, withIntermediateDirectories: true)
        try "oncall = vakt@koordinator.example\nalert.last = leder@koordinator.example\n"
            .write(to: configuration.appendingPathComponent("config"), atomically: true, encoding: .utf8)
        let writerEnvironment = ["XDG_CONFIG_HOME": configuration.deletingLastPathComponent().path]
        // A desk where alert has run every minute for long: the first run's backlog is not part of the night.
        if let failure = Writer.run(segdesk, ["alert", "--db", copy], environment: writerEnvironment) {
            throw BenchError("segdesk alert failed on the copy: \(failure)")
        }
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment["LANG"] = "C.UTF-8"
        environment.removeValue(forKey: "NO_COLOR")
        var figures = Figures()
        figures.dashboards = quick ? 10 : 50
        let idle = try (0..<figures.dashboards).map { _ in
            try TerminalSession(executable: segdesk, arguments: ["--db", copy], environment: environment, columns: 80, rows: 24)
        }
        let driven = try TerminalSession(executable: segdesk, arguments: ["--db", copy], environment: environment, columns: 80, rows: 24)
        let started = DispatchTime.now().uptimeNanoseconds
        let clock = { Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000_000 }
        let watcher = Watcher(idle, clock: clock)
        let watching = watcher.start()
        guard driven.drain(quiet: 300).lastByte != nil else { throw BenchError("the driven dashboard drew nothing") }
        Thread.sleep(forTimeInterval: 3)

        let presses = quick ? 60 : 200
        figures.quiet = Summary(press(driven, times: presses))
        let before = idle.map { $0.processorSeconds() }
        let idleSeconds = quick ? 5.0 : 20.0
        let idleStart = clock()
        Thread.sleep(forTimeInterval: idleSeconds)
        let used = zip(before, idle.map { $0.processorSeconds() }).compactMap { pair -> Double? in
            guard let first = pair.0, let second = pair.1 else { return nil }
            return (second - first) / (clock() - idleStart) * 100
        }.sorted()
        figures.idleCorePercentMax = used.last
        figures.idleCorePercentMedian = used.isEmpty ? nil : used[used.count / 2]

        // The load: a writer on a thread of its own, the driven dashboard's keys on this one.
        let loadSeconds = quick ? 20.0 : 65.0
        let writes = Writer(segdesk: segdesk, database: copy, scratch: scratch, environment: writerEnvironment, clock: clock)
        let writer = Thread { writes.run(for: loadSeconds, alertEvery: 60) }
        writer.start()
        var loaded: [Double] = []
        let loadStart = clock()
        while clock() - loadStart < loadSeconds { loaded += press(driven, times: 2) }
        while !writes.isDone { Thread.sleep(forTimeInterval: 0.1) }
        Thread.sleep(forTimeInterval: 3)
        figures.loaded = Summary(loaded)
        watcher.stop()
        while watching.isExecuting { Thread.sleep(forTimeInterval: 0.05) }

        // How soon each dashboard drew after each import: its first redraw
        // of more than a clock's few bytes after the import ended.
        let seen = watcher.seen
        var delays: [Double] = []
        for finished in writes.importsEnded {
            for outputs in seen {
                let first = outputs.first { $0.at > finished && $0.bytes >= 16 }
                if let first, first.at - finished <= 10 { delays.append(first.at - finished) }
                if first.map({ $0.at - finished > 2 }) ?? true { figures.notShownWithin2s += 1 }
            }
        }
        figures.shown = Summary(delays)
        figures.imports = writes.importsEnded.count
        figures.alertRuns = writes.alertRuns
        figures.failedWriters = writes.failures.count
        figures.busyWriters = writes.failures.filter { $0.contains("busy") || $0.contains("locked") }.count
        for (index, session) in ([driven] + idle).enumerated() where session.quit() != 0 {
            note("dashboard \(index) of the fifty ended badly")
        }
        results.fifty = figures
    }

    /// Presses j and k in turn `times` times; the milliseconds of those that
    /// drew, each to the end of its own frame (a reload another process's
    /// import causes, drawn a moment after, is that import's frame).
    private static func press(_ session: TerminalSession, times: Int) -> [Double] {
        (0..<times).compactMap { index in session.pressFrame(index % 2 == 0 ? Keystrokes.down : Keystrokes.up).milliseconds }
    }

    /// Imports 100 incidents every 5 s and runs `segdesk alert` every minute.
    private final class Writer: @unchecked Sendable {
        let segdesk: String
        let database: String
        let scratch: URL
        let environment: [String: String]
        let clock: () -> Double
        private let lock = NSLock()
        private var ended: [Double] = []
        private var failed: [String] = []
        private var alerts = 0
        private var done = false

        init(segdesk: String, database: String, scratch: URL, environment: [String: String], clock: @escaping () -> Double) {
            self.segdesk = segdesk
            self.database = database
            self.scratch = scratch
            self.environment = environment
            self.clock = clock
        }

        var importsEnded: [Double] { lock.withLock { ended } }
        var failures: [String] { lock.withLock { failed } }
        var alertRuns: Int { lock.withLock { alerts } }
        var isDone: Bool { lock.withLock { done } }

        func run(for seconds: Double, alertEvery alertPeriod: Double) {
            let start = clock()
            var batch = 0
            var nextAlert = start + alertPeriod / 2
            let consumer = (try? Database(path: database).first("SELECT org_number FROM consumers ORDER BY id LIMIT 1", [], { $0.string(0) })) ?? nil
            let service = (try? Database(path: database).first("SELECT key FROM services WHERE key != 'unsorted' ORDER BY id LIMIT 1", [],
                                                                { $0.string(0) })) ?? nil
            while clock() - start < seconds {
                let tick = clock()
                if tick >= nextAlert {
                    record(Self.run(segdesk, ["alert", "--db", database], environment: environment), alert: true)
                    nextAlert += alertPeriod
                }
                batch += 1
                let file = scratch.appendingPathComponent("fifty-\(batch).jsonl").path
                let now = ISO8601DateFormatter().string(from: Date())
                let lines = (1...100).map { index in
                    #"{"external_id":"FIFTY-\#(batch)-\#(index)","consumer":"\#(consumer ?? "")","service":"\#(service ?? "")","received_at":"\#(now)","title":"Batch \#(batch) report \#(index)","impact":1,"urgency":1,"error_code":"FIFTY-\#(batch)"}"#
                }
                try? lines.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
                let failure = Self.run(segdesk, ["import", "incidents", "--db", database, file], environment: environment)
                lock.withLock { ended.append(clock()) }
                record(failure, alert: false)
                let wait = 5 - (clock() - tick)
                if wait > 0 { Thread.sleep(forTimeInterval: wait) }
            }
            lock.withLock { done = true }
        }

        private func record(_ failure: String?, alert: Bool) {
            lock.withLock {
                if alert { alerts += 1 }
                if let failure { failed.append(failure) }
            }
        }

        /// Runs segdesk; nil when it exited 0, else what it said.
        static func run(_ segdesk: String, _ arguments: [String], environment: [String: String]) -> String? {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: segdesk)
            process.arguments = arguments
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
            let errors = Pipe()
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            do { try process.run() } catch { return "\(error)" }
            let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return process.terminationStatus == 0 ? nil : said
        }
    }
}
