/// Words as the knowledge base's search keeps them and as people type them:
/// lower case, accents gone, ø as o, æ as ae and å as aa, so "bronnoysund"
/// and "Brønnøysund", "paa" and "på" meet.
public enum KnowledgeText {
    public static func folded(_ text: String) -> String {
        var result = ""
        for character in text.lowercased() {
            switch character {
            case "ø": result += "o"
            case "æ": result += "ae"
            case "å": result += "aa"
            default: result.append(character)
            }
        }
        let bare = result.decomposedStringWithCanonicalMapping.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }
        return String(String.UnicodeScalarView(bare))
    }

    /// The links in an article's text that are not http, https or mailto:
    /// `javascript:`, `data:`, `file:` and any other scheme written as a link.
    public static func badLinks(in text: String) -> [String] {
        let allowed: Set<String> = ["http", "https", "mailto"]
        let risky: Set<String> = ["javascript", "data", "vbscript", "file"]
        var found: [String] = []
        for token in text.split(whereSeparator: { $0.isWhitespace || $0 == "(" || $0 == "<" || $0 == "\"" || $0 == "'" }) {
            guard let colon = token.firstIndex(of: ":") else { continue }
            let scheme = token[..<colon].lowercased()
            guard !scheme.isEmpty, scheme.first!.isLetter, scheme.allSatisfy({ $0.isLetter || $0.isNumber || "+.-".contains($0) }),
                  !allowed.contains(scheme) else { continue }
            if risky.contains(scheme) || token[colon...].hasPrefix("://") { found.append(String(token)) }
        }
        return found
    }
}
