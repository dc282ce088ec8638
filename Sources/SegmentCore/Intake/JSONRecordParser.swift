/// A strict JSON parser for one intake record per line (RFC 8259), written
/// for speed on flat objects: it works on UTF-8 bytes and builds Swift
/// values directly.
struct JSONRecordParser {
    struct Failure: Error {
        let message: String
        /// False for a well-formed record whose content cannot be taken.
        var isSyntax = true
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    /// Parses one JSON object that must fill `bytes` (surrounding white space allowed).
    static func object(_ bytes: UnsafeBufferPointer<UInt8>) throws -> [String: FieldValue] {
        var parser = JSONRecordParser(bytes: bytes)
        parser.skipSpace()
        guard parser.peek == UInt8(ascii: "{") else { throw Failure(message: localized("expected a JSON object")) }
        guard case .object(let fields) = try parser.value(depth: 0) else { throw Failure(message: localized("expected a JSON object")) }
        parser.skipSpace()
        guard parser.index == bytes.count else { throw Failure(message: localized("unexpected text after the object")) }
        return fields
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipSpace() {
        while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
    }

    private mutating func expect(_ byte: UInt8) throws {
        skipSpace()
        guard peek == byte else { throw Failure(message: localized("expected '{1}'", Character(Unicode.Scalar(byte)))) }
        index += 1
    }

    private mutating func value(depth: Int) throws -> FieldValue {
        guard depth < 32 else { throw Failure(message: localized("nested too deeply")) }
        skipSpace()
        guard let byte = peek else { throw Failure(message: localized("unexpected end of line")) }
        switch byte {
        case UInt8(ascii: "{"):
            index += 1
            var fields: [String: FieldValue] = [:]
            skipSpace()
            if peek == UInt8(ascii: "}") { index += 1; return .object(fields) }
            while true {
                skipSpace()
                guard peek == UInt8(ascii: "\"") else { throw Failure(message: localized("expected a field name in quotes")) }
                let key = try string()
                try expect(UInt8(ascii: ":"))
                guard fields.updateValue(try value(depth: depth + 1), forKey: key) == nil else {
                    throw Failure(message: localized("the field \"{1}\" is given twice", key))
                }
                skipSpace()
                if peek == UInt8(ascii: ",") { index += 1; continue }
                try expect(UInt8(ascii: "}"))
                return .object(fields)
            }
        case UInt8(ascii: "["):
            index += 1
            var items: [FieldValue] = []
            skipSpace()
            if peek == UInt8(ascii: "]") { index += 1; return .array(items) }
            while true {
                items.append(try value(depth: depth + 1))
                skipSpace()
                if peek == UInt8(ascii: ",") { index += 1; continue }
                try expect(UInt8(ascii: "]"))
                return .array(items)
            }
        case UInt8(ascii: "\""):
            return .text(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default:
            return .number(try number())
        }
    }

    private mutating func literal(_ word: String) throws {
        for expected in word.utf8 {
            guard peek == expected else { throw Failure(message: localized("expected {1}", word)) }
            index += 1
        }
    }

    private mutating func number() throws -> Double {
        let start = index
        while let byte = peek, (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x2B || byte == 0x2E || byte == 0x65 || byte == 0x45 {
            index += 1
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard !text.isEmpty, let number = Double(text) else { throw Failure(message: localized("expected a value")) }
        return number
    }

    private mutating func string() throws -> String {
        index += 1
        let start = index
        // Fast path: no escapes, so the bytes are the string.
        while let byte = peek, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
            guard byte >= 0x20 else { throw Failure(message: localized("a control character inside a string must be escaped")) }
            index += 1
        }
        guard let stop = peek else { throw Failure(message: localized("a string is never closed")) }
        if stop == UInt8(ascii: "\"") {
            index += 1
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(index - 1)]), as: UTF8.self)
        }
        var utf8 = Array(bytes[start..<index])
        while let byte = peek {
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard let escaped = peek else { throw Failure(message: localized("a string is never closed")) }
                index += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escaped)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar) {
                        guard peek == UInt8(ascii: "\\") else { throw Failure(message: localized("a lone surrogate in \\u escape")) }
                        index += 1
                        guard peek == UInt8(ascii: "u") else { throw Failure(message: localized("a lone surrogate in \\u escape")) }
                        index += 1
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw Failure(message: localized("a lone surrogate in \\u escape")) }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let unicode = Unicode.Scalar(scalar) else { throw Failure(message: localized("a lone surrogate in \\u escape")) }
                    guard scalar != 0 else {
                        throw Failure(message: localized("holds a NUL character (\\u0000), which cannot be stored"), isSyntax: false)
                    }
                    utf8 += Array(String(Character(unicode)).utf8)
                default:
                    throw Failure(message: localized("unknown escape \\{1}", Character(Unicode.Scalar(escaped))))
                }
            default:
                guard byte >= 0x20 else { throw Failure(message: localized("a control character inside a string must be escaped")) }
                utf8.append(byte)
            }
        }
        throw Failure(message: localized("a string is never closed"))
    }

    private mutating func hex4() throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = peek, let digit = Character(Unicode.Scalar(byte)).hexDigitValue else {
                throw Failure(message: localized("expected four hex digits after \\u"))
            }
            value = value * 16 + UInt32(digit)
            index += 1
        }
        return value
    }
}
