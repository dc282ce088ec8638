/// The MIME content transfer encodings (RFC 2045), decoded leniently: mail
/// from outside is often slightly wrong, and a readable report beats a
/// rejected one.
enum TransferEncoding {
    /// Base64 with line breaks and other noise skipped; stops at padding.
    static func base64(_ bytes: some Collection<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 3 / 4)
        var accumulator: UInt32 = 0
        var bits = 0
        for byte in bytes {
            let value: UInt32
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): value = UInt32(byte - UInt8(ascii: "A"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"): value = UInt32(byte - UInt8(ascii: "a")) + 26
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = UInt32(byte - UInt8(ascii: "0")) + 52
            case UInt8(ascii: "+"), UInt8(ascii: "-"): value = 62
            case UInt8(ascii: "/"), UInt8(ascii: "_"): value = 63
            case UInt8(ascii: "="): return output
            default: continue
            }
            accumulator = accumulator << 6 | value
            bits += 6
            if bits >= 8 {
                bits -= 8
                output.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
            }
        }
        return output
    }

    /// Base64 that is well formed: only the alphabet (the URL-safe one
    /// too) and line breaks or spaces, at most two `=` at the end, and no
    /// lone character left over. Nil otherwise, where decoding would give
    /// bytes the sender never wrote.
    static func strictBase64(_ bytes: some Collection<UInt8>) -> [UInt8]? {
        var significant = 0, padding = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "_"):
                guard padding == 0 else { return nil }
                significant += 1
            case UInt8(ascii: "="):
                padding += 1
                guard padding <= 2 else { return nil }
            case 0x20, 0x09, 0x0D, 0x0A:
                continue
            default:
                return nil
            }
        }
        guard significant % 4 != 1, padding == 0 || (significant + padding) % 4 == 0 else { return nil }
        return base64(bytes)
    }

    /// Quoted-printable: `=XX` is a byte, `=` at the end of a line joins it to
    /// the next; a malformed `=` is kept as it is. With `underscoreIsSpace`
    /// (the Q encoding of RFC 2047 headers) `_` is a space.
    static func quotedPrintable(_ bytes: some Collection<UInt8>, underscoreIsSpace: Bool = false) -> [UInt8] {
        let input = Array(bytes)
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte == UInt8(ascii: "=") {
                var next = index + 1
                while next < input.count, input[next] == 0x20 || input[next] == 0x09 { next += 1 }
                if next < input.count, input[next] == 0x0A { index = next + 1; continue }
                if next + 1 < input.count, input[next] == 0x0D, input[next + 1] == 0x0A { index = next + 2; continue }
                if next == input.count { break }
                if index + 2 < input.count, let high = hexValue(input[index + 1]), let low = hexValue(input[index + 2]) {
                    output.append(high << 4 | low)
                    index += 3
                    continue
                }
                output.append(byte)
            } else if underscoreIsSpace && byte == UInt8(ascii: "_") {
                output.append(0x20)
            } else {
                output.append(byte)
            }
            index += 1
        }
        return output
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}
