import Glibc

/// Text in the character sets mail arrives in: the Norwegian ones built in,
/// every other one the system's iconv knows. Decoding always gives text; when
/// it cannot be the text the sender wrote (an unknown charset, bytes not
/// valid in the named one), the result says so, so the difference is never
/// silent.
enum Charset {
    /// Text decoded from bytes, and what could not be decoded faithfully.
    struct Decoded: Equatable {
        var text: String
        /// Nil when the text is exactly what the bytes say in their charset.
        var problem: String?
    }

    /// `bytes` decoded as the MIME charset `name` (case-insensitive; nil
    /// means UTF-8 when valid, else Windows-1252), for headers and files
    /// where no note can go.
    static func decode(_ bytes: some Collection<UInt8>, charset name: String?) -> String {
        decodeNoting(bytes, charset: name).text
    }

    /// `bytes` decoded as the MIME charset `name`, with a problem when the
    /// text is a best reading rather than the bytes' own text: read as
    /// UTF-8 where valid, else Windows-1252, which gives every byte a character.
    static func decodeNoting(_ bytes: some Collection<UInt8>, charset name: String?) -> Decoded {
        let label = name?.lowercased() ?? ""
        switch label {
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1":
            return Decoded(text: String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) })))
        case "windows-1252", "cp1252", "x-cp1252":
            return Decoded(text: windows1252(bytes))
        case "iso-8859-15", "iso8859-15", "latin-9", "latin9":
            return Decoded(text: String(String.UnicodeScalarView(bytes.map { latin9[$0] ?? Unicode.Scalar($0) })))
        case "", "utf-8", "utf8", "us-ascii", "ascii":
            if let text = String(validating: Array(bytes), as: UTF8.self) { return Decoded(text: text) }
            let said = label.isEmpty ? localized("names no charset") : localized("is labelled {1}", label)
            return Decoded(text: windows1252(bytes), problem: localized("the text {1} but is not valid UTF-8; read as Windows-1252", said))
        default:
            switch Iconv.utf8(Array(bytes), from: label) {
            case .converted(let text): return Decoded(text: text)
            case .unknownCharset:
                let fallback = String(validating: Array(bytes), as: UTF8.self)
                return Decoded(text: fallback ?? windows1252(bytes),
                               problem: localized("unknown charset {1}; read as {2}", label, fallback == nil ? "Windows-1252" : "UTF-8"))
            case .invalid(let offset):
                return Decoded(text: windows1252(bytes),
                               problem: localized("not valid {1} at byte {2}; read as Windows-1252", label, offset))
            }
        }
    }

    private static func windows1252(_ bytes: some Collection<UInt8>) -> String {
        String(String.UnicodeScalarView(bytes.map { byte in
            if (0x80...0x9F).contains(byte), let scalar = Unicode.Scalar(cp1252High[Int(byte) - 0x80]), scalar.value != 0 {
                return scalar
            }
            return Unicode.Scalar(byte)
        }))
    }

    /// Windows-1252 0x80-0x9F; 0 where the code page leaves a byte undefined
    /// (those are read as their Latin-1 control, which display then replaces).
    private static let cp1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// Where ISO-8859-15 differs from ISO-8859-1.
    private static let latin9: [UInt8: Unicode.Scalar] = [
        0xA4: "\u{20AC}", 0xA6: "\u{0160}", 0xA8: "\u{0161}", 0xB4: "\u{017D}",
        0xB8: "\u{017E}", 0xBC: "\u{0152}", 0xBD: "\u{0153}", 0xBE: "\u{0178}",
    ]
}
