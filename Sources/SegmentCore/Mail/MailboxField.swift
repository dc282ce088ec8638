import Foundation

/// Address and message-id fields of a header (RFC 5322), read as far as
/// matching a sender and a thread needs.
enum MailboxField {
    /// The display name (RFC 2047 decoded, unquoted) and the lower-cased
    /// address of a `From` field; nil without one plausible address.
    static func parse(_ field: String) -> (name: String?, address: String)? {
        var name: String
        var address: String
        if let open = field.lastIndex(of: "<"), let close = field[open...].firstIndex(of: ">") {
            address = String(field[field.index(after: open)..<close])
            name = String(field[..<open])
        } else {
            var bare = ""
            var comment = ""
            var depth = 0
            for character in field {
                if character == "(" { depth += 1; continue }
                if character == ")" { depth = max(0, depth - 1); continue }
                if depth > 0 { comment.append(character) } else { bare.append(character) }
            }
            address = bare
            name = comment
        }
        address = trimmedSpaces(address).lowercased()
        name = trimmedSpaces(name)
        if name.hasPrefix("\""), name.hasSuffix("\""), name.count >= 2 {
            name = String(name.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
        }
        name = trimmedSpaces(EncodedWords.decode(name))
        guard MailAddress.isPlausible(address) else { return nil }
        return (name.isEmpty ? nil : name, address)
    }

    /// The ids in a `Message-ID`, `In-Reply-To` or `References` field, in
    /// order, without their angle brackets.
    static func messageIDs(in field: String) -> [String] {
        var ids: [String] = []
        var rest = Substring(field)
        while let open = rest.firstIndex(of: "<"), let close = rest[open...].firstIndex(of: ">") {
            let id = trimmedSpaces(String(rest[rest.index(after: open)..<close]))
            if !id.isEmpty, !id.contains(where: { $0.isWhitespace }) { ids.append(id) }
            rest = rest[rest.index(after: close)...]
        }
        return ids
    }
}
