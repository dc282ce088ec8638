import Foundation

/// The tag segdesk puts in the subject of what it sends, `[SEG-123]` for an
/// incident and `[SEG-C12]` for a provider case, found again in replies.
public enum MailSubjectTag: Equatable, Sendable {
    case incident(Int64)
    case providerCase(Int64)

    /// The first well-formed tag in `subject`, anywhere in it ("Re: SV: [SEG-12] ...").
    public static func find(in subject: String) -> MailSubjectTag? {
        var rest = Substring(subject)
        while let start = rest.range(of: "[SEG-", options: .caseInsensitive) {
            var tail = rest[start.upperBound...]
            let isCase = tail.first == "C" || tail.first == "c"
            if isCase { tail = tail.dropFirst() }
            let digits = tail.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, digits.count <= 18, tail.dropFirst(digits.count).first == "]", let id = Int64(digits) {
                return isCase ? .providerCase(id) : .incident(id)
            }
            rest = rest[start.upperBound...]
        }
        return nil
    }
}
