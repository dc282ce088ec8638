import Foundation

/// A mail message as segdesk reads it: who sent it, about what, the ids that
/// tie it to earlier mail, and its readable text. Every field is untrusted
/// outside text and is shown through `UntrustedText`.
public struct InboundMail: Equatable, Sendable {
    /// The `Message-ID` without angle brackets, or one made from the message's
    /// bytes when it has none, so a redelivered copy is still recognised.
    public var messageID: String
    public var senderName: String?
    /// The sender's address, lower-cased.
    public var senderAddress: String
    public var subject: String
    /// Seconds since 1970 from the `Date` header, nil when missing or unreadable.
    public var sentAt: Int64?
    /// `In-Reply-To` and `References`, without angle brackets.
    public var referencedIDs: [String]
    /// The readable text, with line breaks as LF.
    public var text: String

    /// Why a message could not be read.
    public struct Unreadable: Error, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// Reads a message from its bytes as stored in a Maildir.
    public static func parse(_ bytes: [UInt8]) throws -> InboundMail {
        guard let entity = MIMEEntity.parse(bytes[...]) else {
            throw Unreadable(description: localized("does not start with mail headers"))
        }
        let headers = entity.headers
        guard let from = headers["From"] else { throw Unreadable(description: localized("has no From header")) }
        guard let sender = MailboxField.parse(from) else {
            throw Unreadable(description: localized("From \"{1}\" holds no usable mail address", UntrustedText.line(String(from.prefix(80)))))
        }
        let subject = EncodedWords.decode(headers["Subject"] ?? "")
        let ownID = headers["Message-ID"].flatMap { MailboxField.messageIDs(in: $0).first }
        let referenced = MailboxField.messageIDs(in: headers["In-Reply-To"] ?? "")
            + MailboxField.messageIDs(in: headers["References"] ?? "")
        var seen = Set<String>()
        return InboundMail(
            messageID: withoutNUL(ownID ?? "segdesk-\(fingerprint(bytes))"),
            senderName: sender.name.map(withoutNUL), senderAddress: sender.address, subject: withoutNUL(subject),
            sentAt: headers["Date"].flatMap(MailDate.parse),
            referencedIDs: referenced.filter { seen.insert($0).inserted },
            text: withoutNUL((entity.text ?? "").replacingOccurrences(of: "\r\n", with: "\n")))
    }

    /// `text` with each NUL shown as U+FFFD: stored as it came, a NUL would
    /// cut the text short on every read. (Found by the mutation loop.)
    private static func withoutNUL(_ text: String) -> String {
        guard text.unicodeScalars.contains("\0") else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\0" ? "\u{FFFD}" : $0 }))
    }

    /// FNV-1a over the bytes, as sixteen hex digits.
    private static func fingerprint(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return String(hash, radix: 16)
    }
}
