import Foundation

/// Where queued messages go: a sendmail-compatible command (message on
/// standard input, the recipient after `--` so it is never an option) or a
/// Maildir folder.
public enum MailTransport: Equatable, Sendable {
    case sendmail(path: String)
    case maildir(path: String)

    /// Parses the configuration's `transport` value: `sendmail`,
    /// `sendmail:/path/to/sendmail` or `maildir:/path/to/dir`. A prefix with
    /// no path is refused: an empty Maildir path would mean the root.
    public init(parsing text: String) throws {
        if text == "sendmail" {
            self = .sendmail(path: "/usr/sbin/sendmail")
        } else if text.hasPrefix("sendmail:") {
            self = .sendmail(path: try Self.path(of: text, after: "sendmail:"))
        } else if text.hasPrefix("maildir:") {
            self = .maildir(path: try Self.path(of: text, after: "maildir:"))
        } else {
            throw StoreError.refused(Refusal.unknownTransport(text: text))
        }
    }

    private static func path(of text: String, after prefix: String) throws -> String {
        let path = String(text.dropFirst(prefix.count))
        guard !path.isEmpty else { throw StoreError.refused(.transportWithoutPath(text: text)) }
        return path
    }

    /// Refuses, before any message is claimed, a Maildir segdesk could not
    /// write: a path that is there but not a directory, or one whose nearest
    /// existing folder this user may not write.
    public func checkWritable() throws {
        guard case .maildir(let path) = self else { return }
        var info = stat()
        var existing = path
        while stat(existing, &info) != 0 {
            let parent = (existing as NSString).deletingLastPathComponent
            guard !parent.isEmpty, parent != existing else { existing = "."; break }
            existing = parent
        }
        guard stat(existing, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            throw StoreError.refused(.maildirNotWritable(path: path, reason: localized("{1} is not a directory", existing)))
        }
        guard access(existing, W_OK) == 0 else {
            throw StoreError.refused(.maildirNotWritable(path: path, reason: String(cString: strerror(errno))))
        }
    }

    /// Hands one formatted message over within `timeout` seconds; throws
    /// with a one-line reason when it was not taken.
    func deliver(_ message: OutboxMessage, text: String, timeout: Double) throws {
        switch self {
        case .maildir(let directory): try MaildirDelivery(directory: directory).write(message, text)
        case .sendmail(let path): try SendmailRun(path: path, timeout: timeout).deliver(message, text)
        }
    }
}

/// A message written into a Maildir the way mail programs expect: the whole
/// file in `tmp/`, flushed to disk, then renamed into `new/` in one step.
struct MaildirDelivery {
    let directory: String

    func write(_ message: OutboxMessage, _ text: String) throws {
        for sub in ["tmp", "new", "cur"] {
            try FileManager.default.createDirectory(atPath: "\(directory)/\(sub)", withIntermediateDirectories: true)
        }
        // Named after the message, so a delivery repeated after a crash
        // replaces the file instead of leaving a second copy.
        let unique = "segdesk-\(message.messageID.filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." })"
        let temporary = "\(directory)/tmp/\(unique).\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw StoreError.refused(Refusal.cannotWrite(path: temporary, reason: String(cString: strerror(errno)))) }
        let bytes = Array(text.utf8)
        var written = 0
        var failure: Int32 = 0
        while written < bytes.count && failure == 0 {
            let result = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if result > 0 { written += result } else if errno != EINTR { failure = errno }
        }
        if failure == 0 && fsync(descriptor) != 0 { failure = errno }
        close(descriptor)
        guard failure == 0 else {
            unlink(temporary)
            throw StoreError.refused(Refusal.cannotWrite(path: temporary, reason: String(cString: strerror(failure))))
        }
        guard rename(temporary, "\(directory)/new/\(unique)") == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw StoreError.refused(Refusal.cannotDeliverInto(file: unique, directory: directory, reason: reason))
        }
    }
}

/// One run of a sendmail-compatible command for one message, stopped when it
/// takes longer than the timeout. The message is written on a thread of its
/// own, so a command that stops reading cannot hold the deliverer; SIGPIPE is
/// ignored in this process so that such a command is a failure to record,
/// not the end of the deliverer.
struct SendmailRun {
    let path: String
    let timeout: Double

    func deliver(_ message: OutboxMessage, _ text: String) throws {
        let recipients = [message.recipient] + (message.copyTo.map { [$0] } ?? [])
        for recipient in recipients where !MailAddress.isPlausible(recipient) || recipient.hasPrefix("-") {
            throw StoreError.refused(Refusal.refusedRecipient(address: recipient))
        }
        signal(SIGPIPE, SIG_IGN)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-i", "--"] + recipients
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        do { try process.run() } catch { throw StoreError.refused(Refusal.cannotRun(path: path, reason: error.localizedDescription)) }
        let exchange = SendmailExchange()
        let finished = DispatchGroup()
        DispatchQueue.global().async(group: finished) {
            do {
                try input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
            } catch {
                exchange.writeFailed()
            }
            try? input.fileHandleForWriting.close()
        }
        DispatchQueue.global().async(group: finished) {
            exchange.complained(errors.fileHandleForReading.readDataToEndOfFile())
        }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(5_000) }
        if process.isRunning {
            stop(process)
            _ = finished.wait(timeout: .now() + 2)
            throw StoreError.refused(Refusal.timedOut(path: path, after: Self.seconds(timeout)))
        }
        process.waitUntilExit()
        _ = finished.wait(timeout: .now() + 2)
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let ended = process.terminationReason == .exit
                ? localized("{1} exited with status {2}", path, process.terminationStatus)
                : localized("{1} was ended by signal {2}", path, process.terminationStatus)
            throw StoreError.refused(.transportFailed(path: path, ended: ended, complaint: exchange.firstComplaint))
        }
        guard !exchange.pipeBroke else {
            throw StoreError.refused(Refusal.stoppedReading(path: path))
        }
    }

    /// SIGTERM, then SIGKILL when it has not gone within a second.
    private func stop(_ process: Process) {
        process.terminate()
        let grace = Date().addingTimeInterval(1)
        while process.isRunning && Date() < grace { usleep(5_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}

/// What the threads around one sendmail run saw.
private final class SendmailExchange: @unchecked Sendable {
    private let lock = NSLock()
    private var broke = false
    private var complaint = Data()

    func writeFailed() { lock.withLock { broke = true } }
    func complained(_ data: Data) { lock.withLock { complaint = data } }
    var pipeBroke: Bool { lock.withLock { broke } }
    var firstComplaint: String {
        lock.withLock { String(decoding: complaint, as: UTF8.self) }.split(separator: "\n").first.map(String.init) ?? ""
    }
}
