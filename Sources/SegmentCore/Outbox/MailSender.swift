/// The sender of what segdesk sends, as a mail program takes it: an address,
/// or a name and an address (`Segment Ødegård <seg@example.no>`).
public struct MailSender: Equatable, Sendable {
    public var name: String?
    public var address: String

    /// Reads `text`; nil when it is not one plausible address, with or
    /// without a one-line name before it in angle brackets.
    public init?(_ text: String) {
        let trimmed = trimmedSpaces(text)
        if MailAddress.isPlausible(trimmed) {
            name = nil
            address = trimmed
            return
        }
        guard trimmed.hasSuffix(">"), let open = trimmed.lastIndex(of: "<") else { return nil }
        let address = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
        var name = trimmedSpaces(String(trimmed[..<open]))
        if name.count >= 2, name.hasPrefix("\""), name.hasSuffix("\"") { name = String(name.dropFirst().dropLast()) }
        guard MailAddress.isPlausible(address), !name.isEmpty,
              !name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || "<>\"\\".unicodeScalars.contains($0) })
        else { return nil }
        self.name = name
        self.address = address
    }

    /// The From header's value: the name RFC 2047-encoded where it is not
    /// ASCII, quoted where it holds a character a bare phrase may not.
    public var header: String {
        guard let name else { return address }
        let plain = name.unicodeScalars.allSatisfy { $0.isASCII && (Self.phrase.contains($0) || $0 == " ") }
        if plain { return "\(name) <\(address)>" }
        if name.unicodeScalars.allSatisfy(\.isASCII) { return "\"\(name)\" <\(address)>" }
        return "\(MailHeader.encoded(name)) <\(address)>"
    }

    /// The characters RFC 5322 allows in an unquoted word (atext).
    private static let phrase = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~".unicodeScalars)
}
