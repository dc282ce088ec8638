import Foundation

/// What one run over a Maildir did.
public struct MaildirIngestReport: Equatable, Sendable {
    public var incidents = 0
    /// New incidents whose sender matched no consumer.
    public var unmatched = 0
    public var replies = 0
    public var providerUpdates = 0
    /// Consumers' answers to notices, and provider mail kept as draft notices.
    public var noticeAnswers = 0
    public var draftNotices = 0
    /// Consumers' mail on an agreement's thread.
    public var agreementMail = 0
    /// Replies to alerts from the addresses they went to, and how many acknowledged one.
    public var alertReplies = 0
    public var alertsAcknowledged = 0
    public var duplicates = 0
    /// Messages moved to `bad/` because they could not be read:
    /// `new/NAME: why; moved to bad/NAME`.
    public var problems: [String] = []

    public init() {}
}

/// Takes the messages in a Maildir's `new/` into the store, oldest name
/// first. Each handled message moves to `cur/` with the Seen flag (`:2,S`)
/// after its transaction commits, so a crash in between only means the next
/// run finds its Message-ID taken and moves it then. A message that cannot
/// be read moves to `bad/`, beside `cur/`, with a `NAME.reason` file saying
/// why, and is reported; it does not stop this run or hold up the next.
public struct MaildirIngest {
    public let directory: String
    /// Larger messages are moved to `bad/` and reported, not read into memory.
    public static let maximumMessageBytes = 25 * 1_048_576

    public init(directory: String) { self.directory = directory }

    public func run(into store: Store,
                    progress: (Int, Int) -> Void = { _, _ in }) throws -> MaildirIngestReport {
        let files = FileManager.default
        let new = directory + "/new", cur = directory + "/cur"
        var isDirectory: ObjCBool = false
        guard files.fileExists(atPath: new, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw StoreError.refused(Refusal.notAMaildir(path: directory))
        }
        if !files.fileExists(atPath: cur) { try files.createDirectory(atPath: cur, withIntermediateDirectories: true) }
        let names = try files.contentsOfDirectory(atPath: new).filter { !$0.hasPrefix(".") }.sorted()
        var report = MaildirIngestReport()
        for (index, name) in names.enumerated() {
            progress(index, names.count)
            let path = new + "/" + name
            guard let attributes = try? files.attributesOfItem(atPath: path) else { continue }
            guard attributes[.type] as? FileAttributeType == .typeRegular else {
                // A symbolic link could point anywhere, a FIFO would block the read: neither is mail.
                report.problems.append("new/\(name): " + localized("is not a regular file (a link, pipe, device or directory); left in place"))
                continue
            }
            let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
            guard size <= Self.maximumMessageBytes else {
                report.problems.append("new/\(name): " + localized("larger than 25 MB") + "; " + (try setAside(name, reason: localized("larger than 25 MB"))))
                continue
            }
            var mail: InboundMail
            do {
                mail = try InboundMail.parse(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
                mail.appendNotes(keptAs: "cur/" + Self.seenName(name))
            } catch {
                report.problems.append("new/\(name): \(error); \(try setAside(name, reason: String(describing: error)))")
                continue
            }
            let delivered = (attributes[.modificationDate] as? Date).map { Int64($0.timeIntervalSince1970) } ?? store.now()
            switch try MailIntake(store: store).take(mail, deliveredAt: delivered) {
            case .newIncident(_, let consumer):
                report.incidents += 1
                if consumer == nil { report.unmatched += 1 }
            case .reply: report.replies += 1
            case .providerUpdate: report.providerUpdates += 1
            case .noticeAnswer: report.noticeAnswers += 1
            case .draftNotice: report.draftNotices += 1
            case .agreementAnswer: report.agreementMail += 1
            case .alertReply(_, let acknowledged):
                report.alertReplies += 1
                if acknowledged { report.alertsAcknowledged += 1 }
            case .duplicate: report.duplicates += 1
            }
            // Another run taking the same Maildir may have moved it first; then it is handled.
            guard rename(path, cur + "/" + Self.seenName(name)) == 0 || errno == ENOENT else {
                throw StoreError.refused(Refusal.cannotMoveToCur(file: name, reason: String(cString: strerror(errno))))
            }
        }
        progress(names.count, names.count)
        return report
    }

    /// Moves an unreadable message from `new/` into `bad/` under a name no
    /// other file there has, and writes the reason beside it. Returns where it went.
    private func setAside(_ name: String, reason: String) throws -> String {
        let bad = directory + "/bad"
        // Mail holds personal data: bad/ and its reasons are private like the database.
        try FileManager.default.createDirectory(atPath: bad, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        for suffix in 0..<10_000 {
            let target = suffix == 0 ? name : "\(name).\(suffix)"
            // link() refuses an existing name, where rename() would replace it.
            if link(directory + "/new/" + name, bad + "/" + target) == 0 {
                unlink(directory + "/new/" + name)
                let reasonFile = open(bad + "/" + target + ".reason", O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
                if reasonFile >= 0 {
                    let bytes = Array((reason + "\n").utf8)
                    _ = bytes.withUnsafeBytes { write(reasonFile, $0.baseAddress, $0.count) }
                    close(reasonFile)
                }
                return "moved to bad/\(target)"
            }
            guard errno == EEXIST else {
                throw StoreError.refused(Refusal.cannotMoveToBad(file: name, reason: String(cString: strerror(errno))))
            }
        }
        throw StoreError.refused(Refusal.badIsFull(file: name))
    }

    /// The name a message gets in `cur/`: its info set to `:2,` with the
    /// Seen flag added to any flags it had, in ASCII order.
    static func seenName(_ name: String) -> String {
        guard let info = name.range(of: ":2,") else { return name + ":2,S" }
        var flags = Set(name[info.upperBound...])
        flags.insert("S")
        return name[..<info.upperBound] + String(flags.sorted())
    }
}
