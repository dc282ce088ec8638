import Foundation

/// Where the journal's chain stood at one moment, written down outside the
/// database by `segdesk seal`: the newest entry's number and seal, and when.
/// The chain alone has no secret (anyone who can write the file can change
/// an entry and seal every entry after it again); a head kept where the
/// database's writers cannot rewrite it pins the journal up to that entry.
public struct WitnessedHead: Equatable, Sendable {
    public var entry: Int64
    public var seal: String
    /// Seconds since 1970 when it was written down.
    public var at: Int64
    /// Where it was read back from: `FILE:LINE`, or a message's file.
    public var source: String = ""

    public init(entry: Int64, seal: String, at: Int64, source: String = "") {
        self.entry = entry
        self.seal = seal
        self.at = at
        self.source = source
    }

    /// The line it is written as, one per head.
    public var line: String { "\(Self.marker) entry=\(entry) seal=\(seal) at=\(Timestamp.iso(at))" }

    private static let marker = "segdesk-seal"

    /// Appends `line` to the file at `path` (created readable by its owner
    /// only), flushed to disk before it returns. Opened for appending only,
    /// so it works on a file marked append-only (`chattr +a`).
    public func append(to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw StoreError.refused(Refusal.cannotWrite(path: path, reason: String(cString: strerror(errno)))) }
        defer { close(descriptor) }
        let bytes = Array((line + "\n").utf8)
        let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count, fsync(descriptor) == 0 else {
            throw StoreError.refused(Refusal.cannotWrite(path: path, reason: String(cString: strerror(errno))))
        }
    }

    /// Reads a line written by `line`; nil for any other line.
    static func parse(_ text: Substring, source: String) -> WitnessedHead? {
        let words = text.split(separator: " ")
        guard words.count == 4, words[0] == marker,
              words[1].hasPrefix("entry="), let entry = Int64(words[1].dropFirst(6)), entry > 0,
              words[2].hasPrefix("seal="), words[2].count == 69,
              words[2].dropFirst(5).allSatisfy({ $0.isHexDigit && !$0.isUppercase }),
              words[3].hasPrefix("at="), let at = Timestamp.parse(String(words[3].dropFirst(3)))
        else { return nil }
        return WitnessedHead(entry: entry, seal: String(words[2].dropFirst(5)), at: at, source: source)
    }

    /// Every head written down in `path`: a file of lines (other lines are
    /// passed over), or a Maildir whose messages (in `cur/` and `new/`)
    /// hold them, as the archive of `seal.mail` does.
    public static func read(from path: String) throws -> [WitnessedHead] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw StoreError.refused(Refusal.cannotRead(path: path, reason: String(cString: strerror(ENOENT))))
        }
        guard isFolder.boolValue else { return try heads(inFile: path) }
        var heads: [WitnessedHead] = []
        for folder in ["cur", "new"] {
            let directory = "\(path)/\(folder)"
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            for name in names.sorted() where !name.hasPrefix(".") {
                guard let bytes = FileManager.default.contents(atPath: "\(directory)/\(name)"),
                      let mail = try? InboundMail.parse(Array(bytes)) else { continue }
                heads += mail.text.split(whereSeparator: \.isNewline).compactMap { parse($0, source: "\(directory)/\(name)") }
            }
        }
        return heads
    }

    private static func heads(inFile path: String) throws -> [WitnessedHead] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StoreError.refused(Refusal.cannotRead(path: path, reason: String(cString: strerror(errno))))
        }
        return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .compactMap { parse($0.element, source: "\(path):\($0.offset + 1)") }
    }
}
