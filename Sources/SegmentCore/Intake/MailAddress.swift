/// Mail addresses as they arrive from outside.
enum MailAddress {
    /// What follows the last `@` of an address; empty when there is none.
    static func domain(of address: String) -> String {
        guard let at = address.lastIndex(of: "@") else { return "" }
        return String(address[address.index(after: at)...])
    }

    /// One `local@domain` with no spaces, angle brackets, commas or line
    /// breaks: enough to refuse what could smuggle a header or a second
    /// recipient, not a full RFC 5322 check.
    static func isPlausible(_ text: String) -> Bool {
        var at = 0
        var dotAfterAt = false
        var length = 0
        for byte in text.utf8 {
            length += 1
            switch byte {
            case UInt8(ascii: "@"):
                guard length > 1 else { return false }
                at += 1
            case UInt8(ascii: "."):
                if at == 1 { dotAfterAt = true }
            case 0..<33, 127, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: ","), UInt8(ascii: ";"),
                 UInt8(ascii: ":"), UInt8(ascii: "\""), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["),
                 UInt8(ascii: "]"), UInt8(ascii: "\\"):
                return false
            default:
                break
            }
        }
        return at == 1 && dotAfterAt && !text.hasPrefix("-") && !text.hasSuffix("@")
    }
}
