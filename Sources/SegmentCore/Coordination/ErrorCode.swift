/// Error codes as consumers write them, made comparable: "http  503" and
/// "HTTP 503" are the same fault code.
public enum ErrorCode {
    /// Upper-cased, trimmed, inner white space collapsed to one space.
    public static func normalised(_ code: String) -> String {
        code.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").uppercased()
    }
}
