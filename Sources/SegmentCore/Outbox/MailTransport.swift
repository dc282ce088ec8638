import Foundation

/// Where queued messages go: a sendmail-compatible command (message on
/// standard input, the recipient after `--` so it is never an option) or a
/// Maildir folder.
public enum MailTransport: Equatable, Sendable {
    case sendmail(path: String)
    case maildir(path: String)

    /// Parses the configuration's `transport` value: `sendmail`,
    /// `sendmail:/path/to/sendmail` or `maildir:/path/to/dir`.
    public init(parsing text: String) throws {
        if text == "sendmail" {
            self = .sendmail(path: "/usr/sbin/sendmail")
        } else if text.hasPrefix("sendmail:") {
            self = .sendmail(path: String(text.dropFirst(9)))
        } else if text.hasPrefix("maildir:") {
            self = .maildir(path: String(text.dropFirst(8)))
        } else {
            throw StoreError.invalid("transport \"\(text)\": expected sendmail, sendmail:PATH or maildir:DIR")
        }
    }

    /// Hands one formatted message over; throws with a one-line reason.
    func deliver(_ message: OutboxMessage, text: String) throws {
        switch self {
        case .maildir(let directory): try deliverToMaildir(directory, message, text)
        case .sendmail(let path): try runSendmail(path, message, text)
        }
    }

    private func deliverToMaildir(_ directory: String, _ message: OutboxMessage, _ text: String) throws {
        let manager = FileManager.default
        for sub in ["tmp", "new", "cur"] {
            try manager.createDirectory(atPath: "\(directory)/\(sub)", withIntermediateDirectories: true)
        }
        // Named after the message, so a delivery repeated after a crash replaces
        // the file instead of leaving a second copy.
        let unique = "segdesk-\(message.messageID.filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." })"
        let temporary = "\(directory)/tmp/\(unique)"
        guard manager.createFile(atPath: temporary, contents: Data(text.utf8)) else {
            throw StoreError.invalid("cannot write \(temporary)")
        }
        let final = "\(directory)/new/\(unique)"
        if manager.fileExists(atPath: final) { try manager.removeItem(atPath: final) }
        try manager.moveItem(atPath: temporary, toPath: final)
    }

    private func runSendmail(_ path: String, _ message: OutboxMessage, _ text: String) throws {
        guard MailAddress.isPlausible(message.recipient), !message.recipient.hasPrefix("-") else {
            throw StoreError.invalid("refused recipient \"\(message.recipient)\"")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-i", "--", message.recipient]
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        do { try process.run() } catch { throw StoreError.invalid("cannot run \(path): \(error.localizedDescription)") }
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let complaint = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let reason = complaint.split(separator: "\n").first.map(String.init) ?? ""
            throw StoreError.invalid("\(path) exited with status \(process.terminationStatus) \(reason)")
        }
    }
}
