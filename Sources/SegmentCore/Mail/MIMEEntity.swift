import Foundation

/// A message or one of its MIME parts (RFC 2045/2046): headers, and either
/// a decoded body or the parts of a multipart.
struct MIMEEntity {
    var headers: MailHeaders
    /// `type/subtype`, lower-cased; text/plain when the part does not say.
    var contentType: String
    var charset: String?
    var isAttachment: Bool
    /// The body with its transfer encoding undone (empty for a multipart).
    var body: [UInt8]
    var parts: [MIMEEntity]

    /// What could not be read faithfully in this entity itself (its
    /// structure or transfer encoding), each naming the part.
    var notes: [String] = []

    /// Deeper nesting than this is kept as it came rather than followed.
    static let maximumDepth = 20

    /// Parses an entity; nil when it does not start with a header field.
    /// `path` numbers the part within the message (empty for the message).
    static func parse(_ bytes: ArraySlice<UInt8>, depth: Int = 0, path: String = "") -> MIMEEntity? {
        let (headerLines, bodyStart) = headerSection(bytes)
        guard let headers = MailHeaders.parse(headerLines) else { return nil }
        let rawBody = bytes[bodyStart...]
        let (type, parameters) = MailHeaders.parameters(of: headers["Content-Type"] ?? "text/plain")
        let disposition = MailHeaders.parameters(of: headers["Content-Disposition"] ?? "").value
        var entity = MIMEEntity(headers: headers, contentType: type.isEmpty ? "text/plain" : type,
                                charset: parameters["charset"], isAttachment: disposition == "attachment",
                                body: [], parts: [])
        let name = path.isEmpty ? localized("the message") : localized("part {1}", path)
        if type.hasPrefix("multipart/") {
            let boundary = parameters["boundary"] ?? ""
            let pieces = boundary.isEmpty || depth >= maximumDepth ? nil : split(rawBody, boundary: boundary)
            guard let pieces else {
                // Read as plain text, so the words are not lost with the structure.
                entity.contentType = "text/plain"
                entity.body = Array(rawBody)
                entity.notes.append(boundary.isEmpty ? localized("{1} is multipart but names no boundary; its text is kept as it came", name)
                                    : depth >= maximumDepth ? localized("{1} is nested more than {2} multiparts deep; its text is kept as it came", name, maximumDepth)
                                    : localized("{1} names the boundary \"{2}\", which never occurs in it; its text is kept as it came", name, boundary))
                return entity
            }
            entity.parts = pieces.enumerated().compactMap { index, piece in
                parse(piece, depth: depth + 1, path: path.isEmpty ? "\(index + 1)" : "\(path).\(index + 1)")
            }
            return entity
        }
        switch (headers["Content-Transfer-Encoding"] ?? "").lowercased().trimmingCharacters(in: .whitespaces) {
        case "base64":
            if let decoded = TransferEncoding.strictBase64(rawBody) {
                entity.body = decoded
            } else {
                entity.body = Array(rawBody)
                entity.notes.append(localized("{1} is damaged base64 and could not be decoded; it is kept as it came", name))
            }
        case "quoted-printable": entity.body = TransferEncoding.quotedPrintable(rawBody)
        default: entity.body = Array(rawBody)
        }
        return entity
    }

    /// The header lines and where the body starts: after the first empty line.
    private static func headerSection(_ bytes: ArraySlice<UInt8>) -> ([ArraySlice<UInt8>], Int) {
        var lines: [ArraySlice<UInt8>] = []
        var lineStart = bytes.startIndex
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.endIndex
            var end = lineEnd
            if end > lineStart, bytes[end - 1] == 0x0D { end -= 1 }
            let next = min(lineEnd + 1, bytes.endIndex)
            if end == lineStart { return (lines, next) }
            lines.append(bytes[lineStart..<end])
            lineStart = next
        }
        return (lines, bytes.endIndex)
    }

    /// The parts between `--boundary` lines, up to `--boundary--`; nil when
    /// no line starts with the boundary.
    private static func split(_ body: ArraySlice<UInt8>, boundary: String) -> [ArraySlice<UInt8>]? {
        let delimiter = Array(("--" + boundary).utf8)
        var parts: [ArraySlice<UInt8>] = []
        var partStart: Int?
        var lineStart = body.startIndex
        while lineStart < body.endIndex {
            let lineEnd = body[lineStart...].firstIndex(of: 0x0A) ?? body.endIndex
            let line = body[lineStart..<lineEnd]
            let after = line.dropFirst(delimiter.count)
            // A delimiter line is the boundary alone (trailing white space
            // allowed) or its close: "--b1" does not end a part at "--b10".
            if line.starts(with: delimiter),
               after.starts(with: Array("--".utf8)) || after.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
                if let start = partStart {
                    var end = lineStart
                    if end > start, body[end - 1] == 0x0A { end -= 1 }
                    if end > start, body[end - 1] == 0x0D { end -= 1 }
                    parts.append(body[start..<end])
                }
                if after.starts(with: Array("--".utf8)) { return parts }
                partStart = min(lineEnd + 1, body.endIndex)
            }
            lineStart = lineEnd + 1
        }
        guard let start = partStart else { return nil }
        if start < body.endIndex { parts.append(body[start...]) }
        return parts
    }

    /// The readable text (the first text/plain part that is not an
    /// attachment, else the first HTML part turned into text, else nil) and
    /// what in the message's text could not be read faithfully.
    var readableText: (text: String, notes: [String])? {
        let chosen = first(where: { $0.contentType == "text/plain" }) ?? first(where: { $0.contentType == "text/html" })
        guard let chosen else { return nil }
        let decoded = Charset.decodeNoting(chosen.body, charset: chosen.charset)
        let text = chosen.contentType == "text/html" ? HTMLText.plain(decoded.text) : decoded.text
        return (text, textNotes + (decoded.problem.map { [$0] } ?? []))
    }

    /// The notes of every part that holds text for a reader, in order.
    private var textNotes: [String] {
        guard parts.isEmpty else { return notes + parts.flatMap(\.textNotes) }
        return !isAttachment && contentType.hasPrefix("text/") ? notes : []
    }

    private func first(where matches: (MIMEEntity) -> Bool) -> MIMEEntity? {
        if parts.isEmpty { return !isAttachment && matches(self) ? self : nil }
        for part in parts { if let found = part.first(where: matches) { return found } }
        return nil
    }
}
