import Foundation

/// The built segdesk running in a real terminal: a detached tmux session of a
/// given size, driven with send-keys and read with capture-pane.
final class TmuxSession {
    let name: String
    private let socket: String

    /// The build under test: `debug` unless `SEGDESK_E2E_BUILD=release` asks
    /// for the one people run (a release build can differ, e.g. in how C
    /// shims are inlined).
    static let configuration = ProcessInfo.processInfo.environment["SEGDESK_E2E_BUILD"] ?? "debug"

    /// The executable that build made, found from this file's place in the checkout.
    static let executable = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../.build/\(configuration)/segdesk").standardizedFileURL.path

    static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: executable) && (try? run(["tmux", "-V"])) != nil
    }

    /// Starts `command` (a shell line) in a `width`x`height` terminal; after it
    /// exits, the pane prints its exit status and stays open for inspection.
    init(command: String, width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        name = "segdesk-e2e-\(UUID().uuidString.prefix(8))"
        socket = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).sock").path
        let exports = environment.map { "export \($0.key)='\($0.value)';" }.joined(separator: " ")
        // The interface language comes from LANG alone, as a test gives it.
        let line = "unset LANGUAGE LC_ALL LC_MESSAGES; \(exports) \(command); echo \"[exit $?]\"; sleep 30"
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", name, "-x", String(width), "-y", String(height), line])
    }

    deinit { _ = try? tmux(["kill-server"]) }

    func send(_ keys: String...) throws {
        for key in keys { try tmux(["send-keys", "-t", name, key]) }
    }

    func type(_ text: String) throws { try tmux(["send-keys", "-t", name, "-l", text]) }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
    }

    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", name]) }

    /// A tmux format for the pane, e.g. "#{alternate_on}" or "#{pane_title}".
    func query(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", name, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Waits until the screen contains `text`, up to `timeout` seconds.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TimedOut(waitingFor: text, screen: last)
    }

    /// Waits until `condition` holds, up to `timeout` seconds.
    func waitUntil(_ what: String, timeout: Double = 5, _ condition: () throws -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try condition() { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TimedOut(waitingFor: what, screen: try screen())
    }

    struct TimedOut: Error, CustomStringConvertible {
        let waitingFor: String
        let screen: String
        var description: String { "timed out waiting for \"\(waitingFor)\"; the screen was:\n\(screen)" }
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        try Self.run(["tmux", "-S", socket] + arguments)
    }

    /// Runs a command to its end and returns what it printed. Spawned and
    /// reaped directly: tmux leaves a server behind, which Foundation's
    /// Process waits on forever.
    @discardableResult
    static func run(_ arguments: [String]) throws -> String {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("segdesk-e2e-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // Children start with no blocked signals, whatever this test runner blocks.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw CommandFailed(arguments: arguments, status: spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        guard exitStatus == 0 else { throw CommandFailed(arguments: arguments, status: exitStatus) }
        return String(decoding: FileManager.default.contents(atPath: outputPath) ?? Data(), as: UTF8.self)
    }

    struct CommandFailed: Error {
        let arguments: [String]
        let status: Int32
    }
}
