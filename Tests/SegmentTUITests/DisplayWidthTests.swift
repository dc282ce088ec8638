import Testing
@testable import SegmentTUI

@Suite("Display width")
struct DisplayWidthTests {
    @Test("columns follow wcwidth: wide CJK and emoji, zero-width combining marks", arguments: [
        ("abc", 3), ("æøå", 3), ("数据", 4), ("🚨", 2), ("e\u{0301}", 1), ("ｱ", 1), ("Ａ", 2), ("\u{200B}", 0),
    ])
    func widths(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }
}
