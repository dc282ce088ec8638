/// Turns what an operator types into a safe FTS5 query: each word becomes a
/// quoted prefix term, all of them required, so FTS5 syntax in the input
/// (quotes, NEAR, column filters, '*') is searched for, not interpreted.
public enum FullTextQuery {
    /// Words shorter than this are not searched for: the index keeps the
    /// prefixes of 2 to 4 characters, and a one-character prefix matches
    /// nearly everything while costing as much to find as the rest together.
    public static let minimumWordLength = 2

    /// The MATCH expression for `text`, or nil when it holds no word long
    /// enough to search.
    public static func match(for text: String) -> String? {
        let words = text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
            .filter { $0.count >= minimumWordLength }
        guard !words.isEmpty else { return nil }
        return words.map { "\"\($0.replacingOccurrences(of: "\"", with: "\"\""))\"*" }.joined(separator: " ")
    }
}
