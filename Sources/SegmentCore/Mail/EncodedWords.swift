/// RFC 2047 encoded words in headers (`=?iso-8859-1?q?S=F8knad?=`).
enum EncodedWords {
    /// `header` with every encoded word decoded. White space between two
    /// encoded words is dropped, as the RFC says; consecutive words in one
    /// charset are decoded together, so a character split across two words
    /// survives. Anything that is not a well-formed word stays as written.
    static func decode(_ header: String) -> String {
        guard header.contains("=?") else { return header }
        var output = ""
        var pending: (charset: String, bytes: [UInt8])?
        var gap = ""
        var rest = Substring(header)
        func flush() {
            if let word = pending { output += Charset.decode(word.bytes, charset: word.charset) }
            pending = nil
        }
        while !rest.isEmpty {
            if let (charset, bytes, after) = word(at: rest) {
                if let current = pending, current.charset == charset {
                    pending?.bytes += bytes
                } else {
                    flush()
                    pending = (charset, bytes)
                }
                gap = ""
                rest = after
                continue
            }
            let character = rest.removeFirst()
            if character == " " || character == "\t", pending != nil {
                gap.append(character)
                continue
            }
            flush()
            output += gap
            gap = ""
            output.append(character)
        }
        flush()
        return output + gap
    }

    /// The encoded word at the start of `text`: its charset (without an RFC
    /// 2231 language), decoded bytes and what follows it.
    private static func word(at text: Substring) -> (String, [UInt8], Substring)? {
        guard text.hasPrefix("=?") else { return nil }
        let parts = text.dropFirst(2).split(separator: "?", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count == 4, parts[3].hasPrefix("="), !parts[0].isEmpty,
              parts[2].allSatisfy({ $0 != " " && $0 != "\t" }) else { return nil }
        let charset = String(parts[0].split(separator: "*").first ?? parts[0]).lowercased()
        let payload = Array(parts[2].utf8)
        let bytes: [UInt8]
        switch parts[1].lowercased() {
        case "b":
            // A word whose base64 is damaged stays as written, not decoded to bytes nobody sent.
            guard let decoded = TransferEncoding.strictBase64(payload) else { return nil }
            bytes = decoded
        case "q": bytes = TransferEncoding.quotedPrintable(payload, underscoreIsSpace: true)
        default: return nil
        }
        return (charset, bytes, parts[3].dropFirst())
    }
}
