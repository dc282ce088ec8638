import Glibc

/// The system's character set converter, for the charsets segdesk does not
/// build in (KOI8-R, Shift_JIS, ISO-8859-5 ...): whatever `iconv -l` lists.
enum Iconv {
    enum Outcome: Equatable {
        case converted(String)
        /// iconv does not know the charset's name.
        case unknownCharset
        /// The bytes are not valid in the charset from this offset on.
        case invalid(at: Int)
    }

    /// `bytes` converted from `charset` to UTF-8.
    static func utf8(_ bytes: [UInt8], from charset: String) -> Outcome {
        guard charset.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return .unknownCharset }
        let converter = iconv_open("UTF-8", charset)
        guard Int(bitPattern: converter) != -1 else { return .unknownCharset }
        defer { iconv_close(converter) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: max(64, bytes.count * 4))
        var inputLeft = input.count, outputLeft = output.count
        let result = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                var inputAt = inputBuffer.baseAddress, outputAt = outputBuffer.baseAddress
                let converted = iconv(converter, &inputAt, &inputLeft, &outputAt, &outputLeft)
                // Flush any shift state a stateful charset (ISO-2022-JP) holds.
                return converted == -1 ? -1 : iconv(converter, nil, nil, &outputAt, &outputLeft)
            }
        }
        guard result != -1, inputLeft == 0 else { return .invalid(at: bytes.count - inputLeft) }
        let text = String(validating: output.prefix(output.count - outputLeft).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return text.map(Outcome.converted) ?? .invalid(at: 0)
    }
}
