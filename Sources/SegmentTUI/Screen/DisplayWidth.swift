/// How many terminal columns text takes, by the rules wcwidth follows: East
/// Asian wide and fullwidth characters and emoji take two, combining marks and
/// other zero-width characters none, everything else one. Kept here rather
/// than asked of the C library so layout does not depend on the locale.
public enum DisplayWidth {
    /// Columns taken by one character (a grapheme cluster), drawn as the
    /// code points `shown` gives.
    public static func of(_ character: Character) -> Int {
        let scalars = shown(character)
        guard scalars.count == 1 else { return scalars.reduce(0) { $0 + of($1) } }
        if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        return of(scalars[0])
    }

    /// The code points a character is drawn as, each in cells of its own, so
    /// that what segdesk measures is what every terminal draws: a flag as
    /// its two-letter region ("🇳🇴" as "NO"), an emoji joined with U+200D as
    /// its parts side by side ("👩‍💻" as "👩💻"; a terminal that does not join
    /// them would draw more columns than one that does), and a letter with a
    /// mark that has no precomposed form (text is NFC-normalised first, so
    /// "é" is one code point) as the letter. Modifiers (skin tones, emoji
    /// and text selectors) are left out.
    public static func shown(_ character: Character) -> [Unicode.Scalar] {
        let scalars = character.unicodeScalars
        guard scalars.count > 1 else { return Array(scalars) }
        let regional: ClosedRange<UInt32> = 0x1F1E6...0x1F1FF
        if scalars.allSatisfy({ regional.contains($0.value) }) {
            return scalars.compactMap { Unicode.Scalar($0.value - regional.lowerBound + 0x41) }
        }
        var parts: [Unicode.Scalar] = []
        var startsPart = true
        for scalar in scalars {
            if scalar.value == 0x200D { startsPart = true; continue }
            if startsPart { parts.append(scalar); startsPart = false }
        }
        return parts.isEmpty ? [scalars.first!] : parts
    }

    /// Columns taken by a string.
    public static func of(_ text: String) -> Int {
        oneColumnEach(text) ?? text.reduce(0) { $0 + of($1) }
    }

    /// The number of code points when each is a character of its own one
    /// column wide (printable Latin, punctuation, arrows, box drawing): what
    /// nearly every cell holds, measured without forming grapheme clusters.
    /// Nil when any code point may be wide, zero-width or join its neighbour.
    static func oneColumnEach(_ text: String) -> Int? {
        var count = 0
        for scalar in text.unicodeScalars {
            guard isOneColumnAlone(scalar.value) else { return nil }
            count += 1
        }
        return count
    }

    private static func isOneColumnAlone(_ value: UInt32) -> Bool {
        switch value {
        case 0x20..<0x7F, 0xA0..<0x300, 0x2010..<0x2028, 0x2030..<0x2060, 0x2070..<0x20D0, 0x2100..<0x2300, 0x2500..<0x25FD: true
        default: false
        }
    }

    /// Columns taken by one code point.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 { return value < 0x20 || (0x7F...0x9F).contains(value) ? 0 : 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0x1160...0x11FF).contains(value) || value == 0x200B { return 0 }
        return isWide(value) ? 2 : 1
    }

    private static func isWide(_ value: UInt32) -> Bool {
        var low = 0, high = wideRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = wideRanges[middle]
            if value < range.lowerBound { high = middle - 1 } else if value > range.upperBound { low = middle + 1 } else { return true }
        }
        return false
    }

    /// East Asian Wide and Fullwidth blocks and emoji with emoji presentation, sorted.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693, 0x26A1...0x26A1,
        0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA,
        0x26F2...0x26F3, 0x26F5...0x26F5, 0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B,
        0x2728...0x2728, 0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55, 0x2E80...0x303E,
        0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
        0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E,
        0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C,
        0x1F37E...0x1F393, 0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0, 0x1F3F4...0x1F3F4,
        0x1F3F8...0x1F43E, 0x1F440...0x1F440, 0x1F442...0x1F4FC, 0x1F4FF...0x1F53D, 0x1F54B...0x1F54E,
        0x1F550...0x1F567, 0x1F57A...0x1F57A, 0x1F595...0x1F596, 0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F,
        0x1F680...0x1F6C5, 0x1F6CC...0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6DC...0x1F6DF,
        0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB, 0x1F7F0...0x1F7F0, 0x1F90C...0x1F93A,
        0x1F93C...0x1F945, 0x1F947...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
