import Testing
@testable import SegmentCore
import SegmentTestSupport

/// Text from consumers must never drive the operator's terminal.
@Suite("Untrusted text", .checkingStores)
struct UntrustedTextTests {
    static let mark = String(UntrustedText.placeholder)

    @Test("escape sequences collapse to one placeholder and leave no ESC behind", arguments: [
        ("CSI colour", "a\u{1B}[31mred\u{1B}[0m", "a\(mark)red\(mark)"),
        ("CSI clear screen", "x\u{1B}[2Jy", "x\(mark)y"),
        ("OSC window title ended by BEL", "t\u{1B}]0;owned\u{07}u", "t\(mark)u"),
        ("OSC 52 clipboard ended by ST", "c\u{1B}]52;c;ZWNobw==\u{1B}\\d", "c\(mark)d"),
        ("DCS", "e\u{1B}Pq#0;2;0;0;0\u{1B}\\f", "e\(mark)f"),
        ("APC", "g\u{1B}_payload\u{1B}\\h", "g\(mark)h"),
        ("two-byte reset", "i\u{1B}cj", "i\(mark)j"),
        ("unterminated OSC", "k\u{1B}]0;never ends", "k\(mark)"),
        ("ESC at the very end", "l\u{1B}", "l\(mark)"),
    ])
    func escapeSequences(name: String, hostile: String, expected: String) {
        #expect(UntrustedText.line(hostile) == expected, "\(name)")
        #expect(!UntrustedText.line(hostile).unicodeScalars.contains { $0.value == 0x1B })
    }

    @Test("C0 controls, DEL and C1 controls become placeholders", arguments: [
        "\u{07}", "\u{08}", "\u{00}", "\u{0B}", "\u{0C}", "\u{7F}", "\u{9B}", "\u{9D}", "\u{85}",
    ])
    func controlCharacters(control: String) {
        #expect(UntrustedText.line("a\(control)b") == "a\(Self.mark)b")
    }

    @Test("bidirectional controls cannot reorder what the operator reads", arguments: [
        "\u{202E}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}",
        "\u{200E}", "\u{200F}", "\u{061C}",
    ])
    func bidiControls(control: String) {
        #expect(UntrustedText.line("exe\(control)fdp") == "exe\(Self.mark)fdp")
    }

    @Test("invisible spaces and joiners cannot make one word look like another; the emoji joiner stays", arguments: [
        "\u{200B}", "\u{2060}", "\u{FEFF}", "\u{180E}", "\u{2063}",
    ])
    func invisibleCharacters(invisible: String) {
        #expect(UntrustedText.line("inntekt\(invisible)-api") == "inntekt\(Self.mark)-api")
        #expect(UntrustedText.clean("inntekt\(invisible)-api\n") == "inntekt\(Self.mark)-api\n")
        #expect(UntrustedText.line("👩‍💻 og 🇳🇴") == "👩‍💻 og 🇳🇴")
    }

    @Test("a lone carriage return cannot rewind the line; CR LF is a line break")
    func carriageReturn() {
        #expect(UntrustedText.line("safe\rEVIL") == "safe\(Self.mark)EVIL")
        #expect(UntrustedText.lines("one\r\ntwo") == ["one", "two"])
    }

    @Test("Norwegian letters arrive decomposed and leave as one letter each")
    func normalisesToNFC() {
        let decomposed = "Bla\u{030A}ba\u{0308}r"
        #expect(UntrustedText.line(decomposed) == "Blåbär")
        #expect(UntrustedText.line(decomposed).unicodeScalars.count == 6)
    }

    @Test("ordinary text, æøå, CJK and emoji pass unchanged")
    func leavesTextAlone() {
        for text in ["Blåbærdalen Sparebank", "数据共享", "Feil 🚨 i prod", "TD-005 (HTTP 404)"] {
            #expect(UntrustedText.line(text) == text)
        }
    }
}

@Suite("Plain lines", .checkingStores)
struct PlainLineTests {
    @Test("text a line may show as it stands takes the fast way, and gives what cleaning gives", arguments: [
        "Fjordbanken ASA", "Blåbærdalen Kreditt: ærlig ør", "SSG-104: skattegrunnlag mangler (HTTP 404)", "",
        "Svar – «snart» — “v2” ‘ok’ • 3‰ … ‹›", "—",
    ])
    func plain(text: String) {
        #expect(UntrustedText.isPlainLine(text))
        #expect(UntrustedText.line(text) == String(UntrustedText.clean(text).map { $0 == "\n" || $0 == "\t" ? " " : $0 }))
    }

    @Test("a body of plain lines splits as it stands and gives what cleaning gives; one unsafe line cleans the whole body")
    func plainBody() {
        let body = "Hei,\n\nvi får «HTTP 503» – hver gang.\nMvh Drift"
        let cleaned = UntrustedText.clean(body).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(UntrustedText.lines(body) == cleaned)
        #expect(UntrustedText.lines("Hei\nfeil\u{1B}[2J her\r\nslutt\tnå") == ["Hei", "feil\u{FFFD} her", "slutt    nå"])
    }

    @Test("anything else is cleaned: controls, separators, bidirectional marks, combining letters, tabs, a space NFC replaces", arguments: [
        "a\u{1B}[2Jb", "a\u{85}b", "a\u{2028}b", "a\u{202E}b", "a\u{030A}", "a\tb", "a\nb", "a\u{7F}b",
        "a\u{2029}b", "a\u{200E}b", "a\u{2066}b", "a\u{2000}b",
    ])
    func notPlain(text: String) {
        #expect(!UntrustedText.isPlainLine(text))
        #expect(Array(UntrustedText.line(text).unicodeScalars) != Array(text.unicodeScalars))
    }
}
