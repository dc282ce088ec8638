import Testing
@testable import SegmentTUI

@Suite("Display width", .checkingStores)
struct DisplayWidthTests {
    @Test("columns follow wcwidth: wide CJK and emoji, zero-width combining marks", arguments: [
        ("abc", 3), ("æøå", 3), ("数据", 4), ("🚨", 2), ("e\u{0301}", 1), ("ｱ", 1), ("Ａ", 2), ("\u{200B}", 0),
        ("❤\u{FE0F}", 2), ("a\u{200D}b", 2), ("Tindevik Låneser…", 17), ("│ ▶ ─ ≥ → ·", 11),
        ("👩\u{200D}💻", 4), ("🇳🇴", 2), ("👍🏽", 2),
    ])
    func widths(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }

    @Test("the quick count of plain cells agrees with counting characters, and declines whatever may join or be wide", arguments: [
        "Kredittkassen Nord", "Ønsker feltet arbeidsgiver-orgnr…", "+4d │ P1 ▶", "e\u{0301}", "❤\u{FE0F}", "a\u{200D}b", "数据", "\u{1F1F3}\u{1F1F4}",
        "a\u{20D7}", "→\u{20E3}",
    ])
    func quickCountAgrees(text: String) {
        let slow = text.reduce(0) { $0 + DisplayWidth.of($1) }
        if let quick = DisplayWidth.oneColumnEach(text) {
            #expect(quick == slow)
            #expect(text.unicodeScalars.count == text.count)
        }
    }

    @Test("plain cells take the quick count; a combining mark for symbols, a joiner or an emoji selector does not")
    func whatTakesTheQuickCount() {
        #expect(DisplayWidth.oneColumnEach("Kredittkassen Nord · 974 760 673 │ ▶ ≥ →") == 40)
        for joined in ["a\u{20D7}", "a\u{200D}b", "❤\u{FE0F}", "e\u{0301}"] { #expect(DisplayWidth.oneColumnEach(joined) == nil, "\(joined)") }
    }

    @Test("an emoji joined with U+200D is drawn as its parts and a flag as its region, not cut to the first code point")
    func clustersDrawnWhole() {
        var screen = Screen(width: 20, height: 1)
        #expect(screen.write("👩\u{200D}💻 🇳🇴 e\u{0301}!", x: 0, y: 0, limit: 20, role: .normal) == 10)
        #expect(screen.lines == ["👩💻 NO e!"])
        var narrow = Screen(width: 3, height: 1)
        #expect(narrow.write("👩\u{200D}💻", x: 0, y: 0, limit: 3, role: .normal) == 0)
    }

    @Test("a text cut to fit ends in an ellipsis in exactly the width, plain or wide")
    func fitting() {
        #expect(TextLayout.fit("Rypedal Sparebank", 10) == "Rypedal S…")
        #expect(TextLayout.fit("数据数据数据", 5) == "数据…")
        #expect(TextLayout.fit("P1", 4, alignRight: true) == "  P1")
    }

    @Test("a screen tells which rows changed, so the terminal is sent only those")
    func rowsThatChanged() {
        var before = Screen(width: 10, height: 3)
        before.write("row one", x: 0, y: 0, limit: 10, role: .normal)
        var after = before
        after.write("row two", x: 0, y: 1, limit: 10, role: .selected)
        #expect(after.rowEquals(0, in: before))
        #expect(!after.rowEquals(1, in: before))
        #expect(after.rowEquals(2, in: before))
        #expect(!after.rowEquals(0, in: Screen(width: 11, height: 3)))
    }
}
