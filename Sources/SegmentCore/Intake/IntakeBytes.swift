import Foundation

/// What an intake file's bytes must be before any record is read: UTF-8
/// without NUL. A byte-order mark, as spreadsheets write it, is read past.
enum IntakeBytes {
    /// A byte that makes the text unreadable, at a 1-based line and column.
    struct Fault: Equatable {
        var line: Int
        var message: String
    }

    /// The UTF-8 byte-order mark, if `bytes` starts with it (3), else 0.
    static func byteOrderMarkLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// The first NUL or byte that is not UTF-8 in `bytes`, as the problem to
    /// report; `firstLine` is the line `bytes` starts on.
    static func fault(in bytes: UnsafeBufferPointer<UInt8>, firstLine: Int = 1) -> Fault? {
        guard let offset = firstUnreadableByte(bytes) else { return nil }
        var line = firstLine
        var lineStart = 0
        for index in 0..<offset where isLineEnd(bytes, index) {
            line += 1
            lineStart = index + 1
        }
        if bytes[offset] == 0 { return Fault(line: line, message: localized("holds a NUL byte, which cannot be stored")) }
        let hex = String(bytes[offset], radix: 16, uppercase: true)
        return Fault(line: line, message: localized("is not UTF-8 text (byte 0x{1} at column {2}); save the file as UTF-8, or name its encoding with --encoding",
                                                    (hex.count == 1 ? "0" : "") + hex, offset - lineStart + 1))
    }

    /// True when the byte at `index` ends a line: LF, or CR not followed by LF.
    static func isLineEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        bytes[index] == 10 || bytes[index] == 13 && (index + 1 == bytes.count || bytes[index + 1] != 10)
    }

    /// The offset of the first NUL or invalid UTF-8 byte (overlong forms,
    /// surrogates and values past U+10FFFF included), or nil.
    static func firstUnreadableByte(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead == 0 { return index }
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            for next in 1..<length {
                let byte = bytes[index + next]
                let range = next == 1 ? low...high : 0x80...0xBF
                guard range.contains(byte) else { return index }
            }
            index += length
        }
        return nil
    }
}

/// Files in an 8-bit encoding, read as the operator names it (`--encoding`).
public enum IntakeEncoding {
    /// The names `--encoding` takes.
    public static let names = ["utf-8", "iso-8859-1", "iso-8859-15", "windows-1252"]

    /// `data` converted to UTF-8 from the encoding `name`.
    public static func utf8(_ data: Data, from name: String) throws -> Data {
        switch name.lowercased() {
        case "utf-8", "utf8": return data
        case "iso-8859-1", "latin1", "latin-1", "iso-8859-15", "latin9", "latin-9", "windows-1252", "cp1252":
            return Data(Charset.decode(data, charset: name).utf8)
        default:
            throw StoreError.refused(Refusal.unknownEncoding(name: name, known: names.joined(separator: ", ")))
        }
    }
}
