/// Error codes as consumers write them, made comparable: "http  503" and
/// "HTTP 503" are the same fault code.
public enum ErrorCode {
    /// Upper-cased, trimmed, inner white space collapsed to one space.
    public static func normalised(_ code: String) -> String {
        if isNormalised(code) { return code }
        return code.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").uppercased()
    }

    /// ASCII with no lower-case letter, no leading, trailing or doubled space:
    /// how almost every code arrives, checked without building a new string.
    private static func isNormalised(_ code: String) -> Bool {
        var previousWasSpace = true
        for byte in code.utf8 {
            if byte >= 0x80 || (byte >= 0x61 && byte <= 0x7A) || byte < 0x20 { return false }
            let isSpace = byte == 0x20
            if isSpace && previousWasSpace { return false }
            previousWasSpace = isSpace
        }
        return !previousWasSpace
    }
}
