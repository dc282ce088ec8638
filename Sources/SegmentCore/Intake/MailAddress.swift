/// Mail addresses as they arrive from outside.
enum MailAddress {
    /// One `local@domain` with no spaces, angle brackets, commas or line
    /// breaks: enough to refuse what could smuggle a header or a second
    /// recipient, not a full RFC 5322 check.
    static func isPlausible(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !text.hasPrefix("-") else { return false }
        return !text.contains { $0.isWhitespace || $0.isNewline || "<>,;:\"()[]\\".contains($0) || $0.asciiValue.map { $0 < 32 || $0 == 127 } == true }
    }
}
