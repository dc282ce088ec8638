/// Turns what an operator types into pieces of a safe FTS5 query: each word
/// becomes quoted terms, all of them required, so FTS5 syntax in the input
/// (quotes, NEAR, column filters, '*') is searched for, not interpreted.
public enum FullTextQuery {
    /// Words shorter than this are not searched for: the index keeps the
    /// prefixes of 2 to 4 characters, and a one-character prefix matches
    /// nearly everything while costing as much to find as the rest together.
    public static let minimumWordLength = 2

    /// The longest prefix the full-text index keeps (its `prefix='2 3 4'`).
    public static let longestIndexedPrefix = 4

    /// The words of `text` long enough to search, in the order typed.
    public static func words(in text: String) -> [String] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
            .filter { $0.count >= minimumWordLength }
    }

    /// A word as the index's tokenizer (`unicode61 remove_diacritics 2`)
    /// stores it: lower case, without accents ("Påvirk" is "pavirk"; æ, ø
    /// and ß have no accent to lose and stay).
    public static func folded(_ word: String) -> String {
        let bare = word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
            .filter { $0.properties.generalCategory != .nonspacingMark }
        return String(String.UnicodeScalarView(bare))
    }

    /// Every word of the index that starts with `word`.
    public static func prefix(_ word: String) -> String {
        "\(quoted(word))*"
    }

    /// Any of `terms`, each a whole word of the index.
    public static func anyOf(_ terms: [String]) -> String {
        "(\(terms.map(quoted).joined(separator: " OR ")))"
    }

    private static func quoted(_ text: String) -> String {
        "\"\(text.replacingOccurrences(of: "\"", with: "\"\""))\""
    }
}
