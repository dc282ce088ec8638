import SegmentCore

/// Fitting text into columns by display width, never splitting a character.
public enum TextLayout {
    /// `text` cut to `width` columns with an ellipsis when cut, or padded with spaces.
    public static func fit(_ text: String, _ width: Int, alignRight: Bool = false) -> String {
        guard width > 0 else { return "" }
        let simple = DisplayWidth.oneColumnEach(text)
        let columns = simple ?? DisplayWidth.of(text)
        if columns <= width {
            let padding = String(repeating: " ", count: width - columns)
            return alignRight ? padding + text : text + padding
        }
        if simple != nil {
            // One column per scalar: cut at the scalar, a slice of the bytes
            // (copying scalar by scalar was 4% of a profile of moves and of
            // opening and closing records).
            let end = text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: width - 1)
            return String(text.unicodeScalars[..<end]) + "…"
        }
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > width - 1 { break }
            result.append(character)
            used += characterWidth
        }
        return result + "…" + String(repeating: " ", count: width - 1 - used)
    }

    /// The end of `text` in at most `width` columns, led by an ellipsis when
    /// the start is cut: what an input field shows while a long value is typed.
    static func tail(_ text: String, _ width: Int) -> String {
        guard width > 0 else { return "" }
        guard DisplayWidth.of(text) > width else { return text }
        var kept: [Character] = []
        var used = 1
        for character in text.reversed() {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > width { break }
            kept.append(character)
            used += characterWidth
        }
        return "…" + String(kept.reversed())
    }

    /// Breaks a line into pieces of at most `width` columns, at spaces where possible.
    public static func wrap(_ line: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        if DisplayWidth.of(line) <= width { return [line] }
        var pieces: [String] = []
        var current = ""
        var used = 0
        for word in line.split(separator: " ", omittingEmptySubsequences: false) {
            let wordWidth = DisplayWidth.of(String(word))
            if used > 0 && used + 1 + wordWidth > width {
                pieces.append(current)
                current = ""
                used = 0
            }
            if used > 0 {
                current += " "
                used += 1
            }
            for character in word {
                let characterWidth = DisplayWidth.of(character)
                if used + characterWidth > width {
                    pieces.append(current)
                    current = ""
                    used = 0
                }
                current.append(character)
                used += characterWidth
            }
        }
        pieces.append(current)
        return pieces
    }
}
