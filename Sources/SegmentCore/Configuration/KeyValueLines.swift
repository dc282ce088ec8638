/// Files of `key = value` lines, as the configuration, the known answers and
/// themes are written: blank lines and `#` comments are skipped, every other
/// line is split at its first `=` with both sides trimmed. One reader, so the
/// three files cannot come to disagree about what a line is.
public enum KeyValueLines {
    /// Where a `#` starts a comment.
    public enum Comments: Sendable {
        /// Anywhere on a line: the configuration and themes.
        case anywhere
        /// Only at the start of a line, so a value may hold `#`: the known answers.
        case wholeLines
    }

    /// One line of the file: a pair, or a line that is not one (no `=`, or
    /// an empty key or, when `valueRequired`, an empty value).
    public enum Line: Equatable, Sendable {
        case pair(number: Int, key: String, value: String)
        case malformed(number: Int)
    }

    public static func read(_ text: String, comments: Comments, valueRequired: Bool = false) -> [Line] {
        var lines: [Line] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let uncommented = comments == .anywhere
                ? String(raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "") : String(raw)
            let line = trimmedSpaces(uncommented)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let parts = line.split(separator: "=", maxSplits: 1).map { trimmedSpaces(String($0)) }
            guard parts.count == 2, !parts[0].isEmpty, !valueRequired || !parts[1].isEmpty else {
                lines.append(.malformed(number: index + 1))
                continue
            }
            lines.append(.pair(number: index + 1, key: parts[0], value: parts[1]))
        }
        return lines
    }
}
