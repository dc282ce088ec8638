import Foundation

/// The tag segdesk puts in the subject of what it sends, `[SEG-123]` for an
/// incident, `[SEG-C12]` for a provider case, `[SEG-N7]` for a notice and
/// `[SEG-A2]` for an agreement version and `[SEG-ALERT-7]` for an alert to
/// the person on call, found again in replies.
public enum MailSubjectTag: Equatable, Sendable {
    case incident(Int64)
    case providerCase(Int64)
    case notice(Int64)
    case agreement(Int64)
    case alert(Int64)

    /// The first well-formed tag in `subject`, anywhere in it ("Re: SV: [SEG-12] ...").
    public static func find(in subject: String) -> MailSubjectTag? {
        var rest = Substring(subject)
        while let start = rest.range(of: "[SEG-", options: .caseInsensitive) {
            var tail = rest[start.upperBound...]
            let alert = tail.uppercased().hasPrefix("ALERT-")
            let letter = alert ? "!" : tail.first.map { $0.uppercased() }
            if alert { tail = tail.dropFirst(6) } else if letter == "C" || letter == "N" || letter == "A" { tail = tail.dropFirst() }
            let digits = tail.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, digits.count <= 18, tail.dropFirst(digits.count).first == "]", let id = Int64(digits) {
                switch letter {
                case "C": return .providerCase(id)
                case "N": return .notice(id)
                case "A": return .agreement(id)
                case "!": return .alert(id)
                default: return .incident(id)
                }
            }
            rest = rest[start.upperBound...]
        }
        return nil
    }
}
