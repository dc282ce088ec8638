/// Norwegian national identity numbers (fødselsnummer): eleven digits whose
/// last two are mod-11 check digits. Found in free text and masked before
/// anything is forwarded or broadcast, so personal data does not leave by
/// accident.
public enum NationalIdentityNumber {
    public static let mask = "[fnr masked]"

    /// True for eleven digits with both check digits right.
    public static func isValid(_ digits: [Int]) -> Bool {
        guard digits.count == 11 else { return false }
        func check(_ weights: [Int], _ count: Int) -> Int? {
            let remainder = zip(digits.prefix(count), weights).reduce(0) { $0 + $1.0 * $1.1 } % 11
            let digit = remainder == 0 ? 0 : 11 - remainder
            return digit == 10 ? nil : digit
        }
        guard let first = check([3, 7, 6, 1, 8, 9, 4, 5, 2], 9), first == digits[9],
              let second = check([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], 10), second == digits[10] else { return false }
        return true
    }

    /// `text` with every valid number that stands alone (not inside a longer
    /// run of digits) replaced, and how many were replaced.
    public static func masked(_ text: String) -> (text: String, count: Int) {
        var output = ""
        var run = ""
        var count = 0
        func flush() {
            let digits = run.compactMap(\.wholeNumberValue)
            if run.count == 11 && isValid(digits) {
                output += mask
                count += 1
            } else {
                output += run
            }
            run = ""
        }
        for character in text {
            if character.isASCII && character.isNumber {
                run.append(character)
            } else {
                flush()
                output.append(character)
            }
        }
        flush()
        return (output, count)
    }
}
