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
