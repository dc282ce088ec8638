import Foundation

/// The tag segdesk puts in the subject of what it sends, `[SEG-123]` for an
/// incident, `[SEG-C12]` for a provider case, `[SEG-N7]` for a notice and
/// `[SEG-A2]` for an agreement version, found again in replies.
public enum MailSubjectTag: Equatable, Sendable {
    case incident(Int64)
    case providerCase(Int64)
    case notice(Int64)
    case agreement(Int64)

    /// The first well-formed tag in `subject`, anywhere in it ("Re: SV: [SEG-12] ...").
    public static func find(in subject: String) -> MailSubjectTag? {
        var rest = Substring(subject)
        while let start = rest.range(of: "[SEG-", options: .caseInsensitive) {
            var tail = rest[start.upperBound...]
            let letter = tail.first.map { $0.uppercased() }
            if letter == "C" || letter == "N" || letter == "A" { tail = tail.dropFirst() }
            let digits = tail.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, digits.count <= 18, tail.dropFirst(digits.count).first == "]", let id = Int64(digits) {
                switch letter {
                case "C": return .providerCase(id)
                case "N": return .notice(id)
                case "A": return .agreement(id)
                default: return .incident(id)
                }
            }
            rest = rest[start.upperBound...]
        }
        return nil
    }
}
