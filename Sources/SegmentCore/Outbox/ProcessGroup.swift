import Foundation

/// A program started as the leader of a process group of its own, so that
/// it can be stopped together with every child it started, and so that a
/// signal meant for segdesk at the terminal does not reach it.
struct ProcessGroup {
    /// How the leader ended.
    enum Ending: Equatable {
        case exited(Int32)
        case signalled(Int32)
    }

    let leader: pid_t

    /// Starts `path` with `input` as standard input, `errors` as standard
    /// error and standard output going nowhere, with default signal
    /// handling and no signals blocked whatever segdesk itself has set.
    init(starting path: String, arguments: [String], input: Int32, errors: Int32) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, errors, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let failed = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
        guard failed == 0 else {
            throw StoreError.refused(Refusal.cannotRun(path: path, reason: String(cString: strerror(failed))))
        }
        leader = pid
    }

    /// Waits up to `seconds` for the leader to end; nil when it has not.
    func waitForLeader(seconds: Double) -> Ending? {
        let deadline = Date().addingTimeInterval(seconds)
        var pause: useconds_t = 1_000
        while true {
            if let ending = reap(blocking: false) { return ending }
            guard Date() < deadline else { return nil }
            usleep(pause)
            pause = min(pause * 2, 20_000)
        }
    }

    /// Stops the whole group: TERM, then KILL to whatever is still alive
    /// after `grace` seconds, and reaps the leader.
    func stop(grace: Double) {
        kill(-leader, SIGTERM)
        let deadline = Date().addingTimeInterval(grace)
        var leaderGone = false
        while Date() < deadline {
            if !leaderGone { leaderGone = reap(blocking: false) != nil }
            if leaderGone && !hasLiveMembers() { return }
            usleep(10_000)
        }
        kill(-leader, SIGKILL)
        if !leaderGone { _ = reap(blocking: true) }
    }

    /// Whether a process of the group is still running: one that has ended
    /// and waits for its parent to reap it still counts for `kill`, so the
    /// process table is read instead.
    private func hasLiveMembers() -> Bool {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return kill(-leader, 0) == 0 }
        return entries.contains { entry in
            guard entry.first?.isNumber == true,
                  let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return false }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 2 && fields[0] != "Z" && fields[2] == "\(leader)"
        }
    }

    private func reap(blocking: Bool) -> Ending? {
        var status: Int32 = 0
        var result: pid_t
        repeat { result = waitpid(leader, &status, blocking ? 0 : WNOHANG) } while result < 0 && errno == EINTR
        guard result == leader else { return nil }
        if status & 0x7f == 0 { return .exited((status >> 8) & 0xff) }
        return .signalled(status & 0x7f)
    }
}
