/// Readable text from an HTML mail body: what a reader would see, without
/// markup, scripts or styles. Not a browser; enough for a report.
enum HTMLText {
    static func plain(_ html: String) -> String {
        var output = ""
        var index = html.startIndex
        var skippingUntil: String?
        // The next '>' at or after `index`, found once and kept until passed:
        // searching afresh from every '<' made a run of '<' quadratic.
        var nextClose: String.Index? = html.startIndex
        while index < html.endIndex {
            let character = html[index]
            if character == "<", let found = nextClose, found <= index {
                nextClose = html[index...].firstIndex(of: ">")
            }
            if character == "<", let close = nextClose {
                let tag = html[html.index(after: index)..<close].lowercased()
                var name = String(tag.prefix { !$0.isWhitespace })
                if name.count > 1, name.hasSuffix("/") { name.removeLast() }
                if let until = skippingUntil {
                    if name == until { skippingUntil = nil }
                } else if name == "script" || name == "style" || name == "head" {
                    skippingUntil = "/" + name
                } else if name == "br" {
                    output.append("\n")
                } else if ["p", "/p", "div", "/div", "li", "/li", "tr", "/tr", "h1", "/h1", "h2", "/h2", "h3", "/h3"].contains(name) {
                    if !output.isEmpty && !output.hasSuffix("\n") { output.append("\n") }
                }
                index = html.index(after: close)
                continue
            }
            if skippingUntil == nil {
                if character == "&", let (decoded, after) = entity(in: html, at: index) {
                    output += decoded
                    index = after
                    continue
                }
                output.append(character.isNewline ? " " : character)
            }
            index = html.index(after: index)
        }
        return tidy(output)
    }

    /// Lines with inner runs of spaces collapsed, no more than one empty line in a row.
    private static func tidy(_ text: String) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" })
            let joined = words.joined(separator: " ")
            if joined.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(joined)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    private static let named: [String: String] = [
        "nbsp": " ", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
        "aring": "å", "Aring": "Å", "oslash": "ø", "Oslash": "Ø", "aelig": "æ", "AElig": "Æ",
        "eacute": "é", "auml": "ä", "ouml": "ö", "uuml": "ü", "ndash": "–", "mdash": "—",
        "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "hellip": "…", "euro": "€",
    ]

    /// The character reference at `start` (`&amp;`, `&#248;`, `&#xF8;`) and the index after it.
    private static func entity(in html: String, at start: String.Index) -> (String, String.Index)? {
        guard let semicolon = html[start...].prefix(12).firstIndex(of: ";") else { return nil }
        let name = html[html.index(after: start)..<semicolon]
        let after = html.index(after: semicolon)
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            return (String(Character(scalar)), after)
        }
        return named[String(name)].map { ($0, after) }
    }
}
