import Foundation

/// The header section of a message or MIME part: unfolded fields in order,
/// looked up by name without regard to case.
struct MailHeaders: Sendable {
    private(set) var fields: [(name: String, value: String)] = []

    /// The first field called `name`, unfolded and trimmed, encoded words left as they are.
    subscript(name: String) -> String? {
        let wanted = name.lowercased()
        return fields.first { $0.name.lowercased() == wanted }?.value
    }

    /// Reads header lines up to the first empty line. Returns nil when the
    /// first line is not a header field (the text is not a message). Headers
    /// in raw 8-bit are read as UTF-8, else Windows-1252.
    static func parse(_ lines: [ArraySlice<UInt8>]) -> MailHeaders? {
        var headers = MailHeaders()
        for line in lines {
            if let first = line.first, first == 0x20 || first == 0x09 {
                guard !headers.fields.isEmpty else { return nil }
                let continued = trimmedSpaces(Charset.decode(line, charset: nil))
                let last = headers.fields.count - 1
                headers.fields[last].value += headers.fields[last].value.isEmpty ? continued : " " + continued
                continue
            }
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
                  line[line.startIndex..<colon].allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else {
                if headers.fields.isEmpty { return nil }
                continue
            }
            let name = String(decoding: line[line.startIndex..<colon], as: UTF8.self)
            let value = trimmedSpaces(Charset.decode(line[(colon + 1)...], charset: nil))
            headers.fields.append((name, value))
        }
        return headers
    }

    /// A structured field's main value and its parameters, such as
    /// `multipart/mixed; boundary="x"`: the value lower-cased, parameter
    /// names lower-cased, quoted values unquoted.
    static func parameters(of field: String) -> (value: String, parameters: [String: String]) {
        var pieces: [String] = []
        var current = ""
        var quoted = false
        var escaped = false
        for character in field {
            if escaped { current.append(character); escaped = false; continue }
            if quoted && character == "\\" { escaped = true; continue }
            if character == "\"" { quoted.toggle(); continue }
            if character == ";" && !quoted { pieces.append(current); current = ""; continue }
            current.append(character)
        }
        pieces.append(current)
        var parameters: [String: String] = [:]
        for piece in pieces.dropFirst() {
            guard let equals = piece.firstIndex(of: "=") else { continue }
            let name = piece[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            parameters[name] = piece[piece.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        }
        return (pieces[0].trimmingCharacters(in: .whitespaces).lowercased(), parameters)
    }
}
