import Foundation

/// Makes text from outside parties (incident titles and bodies, names, mail
/// subjects, file contents) safe to show in a terminal or write to one.
///
/// Escape sequences (CSI, OSC such as window titles and the OSC 52 clipboard,
/// DCS, SOS, PM, APC, and two-byte ESC sequences) collapse into one
/// placeholder; every other control character (C0 except tab and line feed,
/// DEL, C1), bidirectional controls, line/paragraph separators and the
/// invisible spaces and joiners that make one word look like another
/// (U+200B, U+2060, U+FEFF) become a placeholder each. The result is NFC-normalised, so "å" written as "a" plus
/// a combining ring shows and measures as one letter.
public enum UntrustedText {
    /// What replaces anything that could drive the terminal.
    public static let placeholder: Character = "\u{FFFD}"

    /// One line for a list cell or a header: line breaks and tabs become spaces.
    public static func line(_ text: String) -> String {
        if isPlainLine(text) { return text }
        return String(clean(text).map { $0 == "\n" || $0 == "\t" ? " " : $0 })
    }

    /// True when every scalar is printable ASCII, Latin up to U+02FF (æ, ø,
    /// å and the like) or typographic punctuation (U+2010-2027: dashes,
    /// quotation marks, the bullet and the ellipsis; U+2030-205E): such text
    /// holds no control, separator or bidirectional character, and
    /// normalising it to NFC changes nothing, so it is safe as it stands.
    /// Most names and titles are; checking costs a scan, where cleaning
    /// costs a normalisation on every frame.
    static func isPlainLine(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.allSatisfy {
            switch $0.value {
            case 0x20..<0x7F, 0xA0..<0x300, 0x2010...0x2027, 0x2030...0x205E: true
            default: false
            }
        }
    }

    /// Lines for a detail view: split at line feeds, tabs expanded to spaces.
    /// Plain lines between line feeds are split as they stand: a report's
    /// body was normalised on every layout of its record.
    public static func lines(_ text: String) -> [String] {
        let pieces = text.split(separator: "\n", omittingEmptySubsequences: false)
        if pieces.allSatisfy(isPlainLine) { return pieces.map(String.init) }
        return clean(text).split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.replacingOccurrences(of: "\t", with: "    ")
        }
    }

    /// The text with every dangerous character replaced; keeps line feeds and tabs.
    public static func clean(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar.value {
            case 0x1B:
                output.append(placeholderScalar)
                pending = skipEscapeSequence(after: pending, rest: &scalars)
            case 0x0D:
                // CR LF is a line break; a lone CR would rewind the line over what was drawn.
                if pending?.value == 0x0A { continue }
                output.append(placeholderScalar)
            case 0x09, 0x0A:
                output.append(scalar)
            case 0x00...0x1F, 0x7F...0x9F:
                output.append(placeholderScalar)
            case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029:
                output.append(placeholderScalar)
            case 0x180E, 0x200B, 0x2060...0x2064, 0xFEFF:
                // Invisible: "inntekt\u{200B}-api" would look like a service it is not.
                // The zero-width joiner (U+200D) stays; emoji sequences need it.
                output.append(placeholderScalar)
            default:
                output.append(scalar)
            }
        }
        return String(output).precomposedStringWithCanonicalMapping
    }

    private static let placeholderScalar = placeholder.unicodeScalars.first!

    /// Consumes the rest of an escape sequence whose ESC was just read, given
    /// the scalar after it; returns the first scalar after the sequence.
    private static func skipEscapeSequence(after first: Unicode.Scalar?,
                                           rest: inout String.UnicodeScalarView.Iterator) -> Unicode.Scalar? {
        guard let first else { return nil }
        switch first {
        case "[":
            // CSI: parameter and intermediate bytes, then one final byte 0x40-0x7E.
            while let next = rest.next() {
                if (0x40...0x7E).contains(next.value) { return rest.next() }
                if !(0x20...0x3F).contains(next.value) { return next }
            }
            return nil
        case "]", "P", "X", "^", "_":
            // OSC, DCS, SOS, PM, APC: a string ended by BEL, ST (ESC \) or C1 ST.
            while let next = rest.next() {
                if next.value == 0x07 || next.value == 0x9C { return rest.next() }
                if next.value == 0x1B {
                    let after = rest.next()
                    return after == "\\" ? rest.next() : after
                }
            }
            return nil
        default:
            // A two-byte sequence such as ESC c (reset) or ESC 7; intermediates first.
            var next: Unicode.Scalar? = first
            while let scalar = next, (0x20...0x2F).contains(scalar.value) { next = rest.next() }
            return next == nil ? nil : rest.next()
        }
    }
}
