import CPseudoTerminal
import Foundation

/// segdesk running on a pseudo-terminal, as a user over SSH meets it: real
/// ncurses, real escape sequences. Keys go in as bytes; what the program
/// writes is read back, timed and counted.
final class TerminalSession {
    let pid: pid_t
    private let master: Int32
    private let clockStart = DispatchTime.now().uptimeNanoseconds

    /// What one key cost: time from sending it to the last byte of the redraw, and bytes written.
    struct Answer {
        var milliseconds: Double?
        var bytes: Int
    }

    init(executable: String, arguments: [String], environment: [String: String], columns: Int, rows: Int) throws {
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var master: Int32 = -1
        pid = segdesk_spawn_on_pty(executable, argv, envp, UInt16(columns), UInt16(rows), &master)
        guard pid > 0 else { throw BenchError("cannot start \(executable) on a pseudo-terminal") }
        self.master = master
    }

    deinit { close(master) }

    /// The terminal's side segdesk is read from, for a poller watching many sessions at once.
    var descriptor: Int32 { master }

    /// The child's processor time so far, user and system, in seconds, from /proc.
    func processorSeconds() -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        // Fields after the command's name: state is the 3rd field, utime the 14th, stime the 15th.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// Milliseconds since the session started.
    var now: Double { Double(DispatchTime.now().uptimeNanoseconds - clockStart) / 1_000_000 }

    /// Reads until the program has been quiet for `quiet` ms (or `limit` ms
    /// have passed); returns the time of the last byte and the byte count.
    /// The first byte may take up to `limit` ms; after it, `quiet` ms without
    /// output end the frame.
    func drain(quiet: Int32, limit: Double = 10_000) -> (lastByte: Double?, bytes: Int) {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var lastByte: Double?
        var bytes = 0
        let started = now
        while now - started < limit {
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let wait = lastByte == nil ? Int32(limit - (now - started)) : quiet
            let ready = poll(&descriptor, 1, max(wait, 1))
            if ready <= 0 { break }
            let count = read(master, &buffer, buffer.count)
            if count <= 0 { break }
            bytes += count
            lastByte = now
        }
        return (lastByte, bytes)
    }

    /// Sends a key's bytes and times its own frame: to the last byte before
    /// the first silence of `frameGap` ms (ncurses writes a frame in one
    /// burst), so a redraw another process's change causes a moment later
    /// is not counted as the key's; then waits until `quiet` ms pass without
    /// output, as `press` does, before the next key.
    func pressFrame(_ key: [UInt8], frameGap: Double = 10, quiet: Int32 = 40) -> Answer {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let sent = now
        _ = key.withUnsafeBytes { write(master, $0.baseAddress, key.count) }
        var frameEnd: Double?
        var frameOpen = true
        var lastByte: Double?
        var bytes = 0
        while now - sent < 2_000 {
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, lastByte == nil ? 2_000 : quiet)
            if ready <= 0 { break }
            let count = read(master, &buffer, buffer.count)
            if count <= 0 { break }
            let at = now
            if let lastByte, at - lastByte >= frameGap { frameOpen = false }
            if frameOpen {
                frameEnd = at
                bytes += count
            }
            lastByte = at
        }
        return Answer(milliseconds: frameEnd.map { $0 - sent }, bytes: bytes)
    }

    /// Sends a key's bytes and waits for the redraw to finish.
    func press(_ key: [UInt8], quiet: Int32 = 40) -> Answer {
        let sent = now
        _ = key.withUnsafeBytes { write(master, $0.baseAddress, key.count) }
        let (lastByte, bytes) = drain(quiet: quiet, limit: 2_000)
        return Answer(milliseconds: lastByte.map { $0 - sent }, bytes: bytes)
    }

    /// The child's peak resident memory in kB, from /proc.
    func peakResidentKilobytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
        return line.flatMap { Int($0.split(separator: " ", omittingEmptySubsequences: true)[1]) }
    }

    /// Sends `q` and waits for the program to exit; returns its status.
    /// What it writes while exiting is read on a thread, so a full terminal
    /// buffer cannot hold it up; that thread has ended (the terminal reports
    /// the program gone) before this returns, so it can never read from a
    /// later session's terminal that reuses the descriptor.
    func quit() -> Int32 {
        _ = press(Array("q".utf8), quiet: 100)
        let drained = DispatchSemaphore(value: 0)
        let drainer = Thread { [master] in
            var buffer = [UInt8](repeating: 0, count: 4096)
            while read(master, &buffer, buffer.count) > 0 {}
            drained.signal()
        }
        drainer.start()
        let status = segdesk_wait_child(pid)
        drained.wait()
        return status
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
