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

    /// Deeper nesting than this is read as plain bytes rather than followed.
    static let maximumDepth = 20

    /// Parses an entity; nil when it does not start with a header field.
    static func parse(_ bytes: ArraySlice<UInt8>, depth: Int = 0) -> MIMEEntity? {
        let (headerLines, bodyStart) = headerSection(bytes)
        guard let headers = MailHeaders.parse(headerLines) else { return nil }
        let rawBody = bytes[bodyStart...]
        let (type, parameters) = MailHeaders.parameters(of: headers["Content-Type"] ?? "text/plain")
        let disposition = MailHeaders.parameters(of: headers["Content-Disposition"] ?? "").value
        var entity = MIMEEntity(headers: headers, contentType: type.isEmpty ? "text/plain" : type,
                                charset: parameters["charset"], isAttachment: disposition == "attachment",
                                body: [], parts: [])
        if type.hasPrefix("multipart/"), let boundary = parameters["boundary"], !boundary.isEmpty, depth < maximumDepth {
            entity.parts = split(rawBody, boundary: boundary).compactMap { parse($0, depth: depth + 1) }
            return entity
        }
        switch (headers["Content-Transfer-Encoding"] ?? "").lowercased().trimmingCharacters(in: .whitespaces) {
        case "base64": entity.body = TransferEncoding.base64(rawBody)
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

    /// The parts between `--boundary` lines, up to `--boundary--`.
    private static func split(_ body: ArraySlice<UInt8>, boundary: String) -> [ArraySlice<UInt8>] {
        let delimiter = Array(("--" + boundary).utf8)
        var parts: [ArraySlice<UInt8>] = []
        var partStart: Int?
        var lineStart = body.startIndex
        while lineStart < body.endIndex {
            let lineEnd = body[lineStart...].firstIndex(of: 0x0A) ?? body.endIndex
            let line = body[lineStart..<lineEnd]
            if line.starts(with: delimiter) {
                let after = line.dropFirst(delimiter.count)
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
        if let start = partStart, start < body.endIndex { parts.append(body[start...]) }
        return parts
    }

    /// The readable text: the first text/plain part that is not an
    /// attachment, else the first HTML part turned into text, else nil.
    var text: String? {
        if let plain = first(where: { $0.contentType == "text/plain" }) {
            return Charset.decode(plain.body, charset: plain.charset)
        }
        if let html = first(where: { $0.contentType == "text/html" }) {
            return HTMLText.plain(Charset.decode(html.body, charset: html.charset))
        }
        return nil
    }

    private func first(where matches: (MIMEEntity) -> Bool) -> MIMEEntity? {
        if parts.isEmpty { return !isAttachment && matches(self) ? self : nil }
        for part in parts { if let found = part.first(where: matches) { return found } }
        return nil
    }
}
