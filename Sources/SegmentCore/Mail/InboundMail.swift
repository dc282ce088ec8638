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
    /// What in the text is not exactly what the sender wrote, and why (a
    /// part that could not be decoded, a charset unknown here): shown with
    /// the text wherever it is kept, so the difference is never silent.
    public var notes: [String] = []

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
        let readable = entity.readableText
        guard readable != nil || !trimmedSpaces(subject).isEmpty else {
            throw Unreadable(description: localized("yields no text: it has no subject and no readable text part"))
        }
        var seen = Set<String>()
        let text = readable?.text.replacingOccurrences(of: "\r\n", with: "\n") ?? ""
        let nuls = (subject + text).unicodeScalars.reduce(0) { $1 == "\0" ? $0 + 1 : $0 }
        let nulNote = nuls == 0 ? [] : [Language.interface.counted(nuls, "{1} NUL character is shown as U+FFFD, since it cannot be stored",
                                                                   "{1} NUL characters are shown as U+FFFD, since they cannot be stored")]
        return InboundMail(
            messageID: withoutNUL(ownID ?? "segdesk-\(fingerprint(bytes))"),
            senderName: sender.name.map(withoutNUL), senderAddress: sender.address, subject: withoutNUL(subject),
            sentAt: headers["Date"].flatMap(MailDate.parse),
            referencedIDs: referenced.filter { seen.insert($0).inserted },
            text: withoutNUL(text), notes: (readable?.notes ?? []) + nulNote)
    }

    /// `text` with each NUL shown as U+FFFD: stored as it came, a NUL would
    /// cut the text short on every read. (Found by the mutation loop.)
    private static func withoutNUL(_ text: String) -> String {
        guard text.unicodeScalars.contains("\0") else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\0" ? "\u{FFFD}" : $0 }))
    }

    /// The text with the notes after it, each saying where the whole mail
    /// is kept (`kept`), for the record the mail becomes or joins.
    public mutating func appendNotes(keptAs kept: String) {
        guard !notes.isEmpty else { return }
        text += "\n\n" + notes.map { "[" + localized("segdesk: {1}; the mail is kept as {2}", $0, kept) + "]" }.joined(separator: "\n")
    }

    /// FNV-1a over the bytes, as sixteen hex digits.
    private static func fingerprint(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return String(hash, radix: 16)
    }
}
