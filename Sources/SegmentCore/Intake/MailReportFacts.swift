/// What a report written as free mail says about the fault: the error code
/// a consumer quotes, and which of the provider's services it names. Mail
/// has no fields, so these are read from the subject first, then the text.
enum MailReportFacts {
    /// The first error code in the text: an application code such as
    /// `ERR-AORD-0042` or `TD-005` (capitals, a dash, digits last), else an
    /// HTTP status written `HTTP 503` or `HTTP/1.1 503`.
    static func errorCode(subject: String, text: String) -> String? {
        for source in [subject, String(text.prefix(20_000))] {
            if let code = applicationCode(in: source) { return code }
        }
        for source in [subject, String(text.prefix(20_000))] {
            if let status = httpStatus(in: source) { return "HTTP \(status)" }
        }
        return nil
    }

    private static func applicationCode(in text: String) -> String? {
        for word in text.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-")) }) {
            let pieces = word.split(separator: "-", omittingEmptySubsequences: false)
            guard pieces.count >= 2, let first = pieces.first, let last = pieces.last,
                  first.count >= 2, first.allSatisfy({ $0.isUppercase }),
                  (2...6).contains(last.count), last.allSatisfy(\.isNumber),
                  pieces.dropFirst().dropLast().allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isUppercase || $0.isNumber } })
            else { continue }
            return String(word)
        }
        return nil
    }

    private static func httpStatus(in text: String) -> Int? {
        let words = text.split(whereSeparator: {
            $0.isWhitespace || ($0.asciiValue ?? 0x20) < 0x20 || $0 == ":" || $0 == "," || $0 == "(" || $0 == ";"
        })
        for (index, word) in words.enumerated() where word.uppercased() == "HTTP" || word.uppercased().hasPrefix("HTTP/") {
            guard index + 1 < words.count else { continue }
            let next = words[index + 1].prefix { $0.isASCII && $0.isNumber }
            if next.count == 3, let status = Int(next), (400...599).contains(status) {
                return status
            }
        }
        return nil
    }

    /// The service a report is about: the longest service key named in the
    /// subject, else in the text, else the consumer's only service, else nil.
    static func serviceKey(subject: String, text: String, known: [String], consumerUses: [String]) -> String? {
        for source in [subject.lowercased(), String(text.prefix(20_000)).lowercased()] {
            let named = known.filter { source.contains($0.lowercased()) }
            if let longest = named.max(by: { $0.count < $1.count }) { return longest }
        }
        return consumerUses.count == 1 ? consumerUses[0] : nil
    }
}
