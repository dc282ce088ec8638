import Foundation
import Testing
@testable import SegmentCore
@testable import SegmentTUI
import SegmentTestSupport

/// Whole screens of the demo segment, kept as text files beside this test:
/// a change to what the operator sees shows as a diff of them. After a
/// change meant to alter the screen, write them again and read the diff:
/// `SEGDESK_REGENERATE_GOLDEN=1 swift test --filter GoldenScreenTests`.
@Suite("Golden screens", .checkingStores)
struct GoldenScreenTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    @Test("the demo at each size the operator uses: 80x24 each pane, 160x48 and 200x60 the four-pane overview focused on each, in English and bokmål",
          arguments: [
        ("dashboard-80x24", 80, 24, "", Language.english), ("cases-80x24", 80, 24, "2", .english),
        ("notices-80x24", 80, 24, "3", .english), ("needs-80x24", 80, 24, "4", .english), ("consumers-80x24", 80, 24, "5", .english),
        ("overview-200x60-cases", 200, 60, "2", .english), ("overview-200x60-notices", 200, 60, "3", .english),
        ("overview-200x60-needs", 200, 60, "4", .english), ("overview-160x48", 160, 48, "", .english),
        ("overview-200x60", 200, 60, "", .english), ("overview-200x60-consumers", 200, 60, "5", .english),
        ("dashboard-80x24-nb", 80, 24, "", .bokmal), ("help-80x24-nb", 80, 24, "?", .bokmal),
        ("cases-100x30-nb", 100, 30, "2", .bokmal), ("overview-200x60-nb", 200, 60, "", .bokmal),
    ])
    func screen(name: String, width: Int, height: Int, keys: String, language: Language) throws {
        let text = try Language.$interface.withValue(language) {
            var harness = Harness(store: try demoStore(), width: width, height: height)
            harness.type(keys)
            #expect(harness.screen.lines.allSatisfy { DisplayWidth.of($0) <= width })
            return harness.screen.text + "\n"
        }
        try Self.compare(text, name: name)
    }

    @Test("at 80x24 in bokmål nothing a person needs is cut: the first run, a notice's long preview, the :ask box, a pane's help, the notice form's kinds",
          arguments: [
        ("first-run-80x24-nb", "", ""), ("publish-preview-80x24-nb", "3", "publish"), ("ask-box-80x24-nb", "5", "ask 2"),
        ("help-consumers-80x24-nb", "5?G", ""), ("notice-form-kinds-80x24-nb", "3n", ""),
    ])
    func readWhole(name: String, keys: String, command: String) throws {
        let text = try Language.$interface.withValue(.bokmal) {
            var harness = Harness(store: name.hasPrefix("first-run") ? try emptyStore() : try demoStore(), width: 80, height: 24)
            harness.type(keys)
            if !command.isEmpty { harness.command(command) }
            #expect(harness.screen.lines.allSatisfy { DisplayWidth.of($0) <= 80 })
            // Inside a box (between its borders), or on a screen without one, no line is cut.
            let inner = harness.screen.lines.map { line -> Substring in
                guard let first = line.firstIndex(where: { "│┌└".contains($0) }), let last = line.lastIndex(where: { "│┐┘".contains($0) }),
                      first < last else { return Substring(line) }
                return line[first..<last]
            }
            #expect(inner.filter { $0.contains("…") }.isEmpty, "\(name) cuts a line")
            return harness.screen.text + "\n"
        }
        try Self.compare(text, name: name)
    }

    /// Checks a screen against its kept file, or writes the file when asked to.
    private static func compare(_ text: String, name: String) throws {
        let file = directory.appendingPathComponent("\(name).txt")
        if ProcessInfo.processInfo.environment["SEGDESK_REGENERATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(text == expected, "\(name) differs; if the change is meant, SEGDESK_REGENERATE_GOLDEN=1 swift test --filter GoldenScreenTests")
    }
}

@Suite("The wide overview", .checkingStores)
struct OverviewTests {
    @Test("at 200x60 each of the four panes pages by its own rows; Enter opens the record over the grid, Esc brings the grid back")
    func pagingAndRecords() throws {
        var harness = Harness(store: try demoStore(), width: 200, height: 60)
        let layout = Layout(harness.state)
        #expect(layout.isOverview && layout.listRows(for: .incidents, focus: .incidents) == 27)
        #expect(harness.state.panes[.notices]!.rows.count == 15 && harness.state.panes[.needs]!.rows.count == 28)
        let firstPage = harness.state.focusedPane.rows
        #expect(firstPage.count == 28)
        harness.press(.pageDown)
        #expect(harness.state.focusedPane.rows.id(0) == firstPage.id(27))
        harness.press(.character("3"), .enter)
        #expect(harness.screen.text.contains("Notice #"))
        harness.press(.escape)
        #expect(harness.screen.text.contains("▶3 Change notices") && harness.screen.text.contains(" 4 Needs"))
        harness.press(.character("1"), .character("g"))
        for _ in 0..<26 { harness.press(.character("j")) }
        let last = try #require(harness.state.focusedPane.selectedID)
        let next = harness.state.focusedPane.rows.id(27)
        #expect(harness.state.focusedPane.selected == 26 && last != next)
        harness.press(.character("j"))
        #expect(harness.state.focusedPane.selectedID == next && harness.state.focusedPane.selected == 27 - 13)
        #expect(!Layout(width: 200, height: 44).isOverview && Layout(width: 200, height: 44).showsPreview)
        #expect(Layout(width: 120, height: 40, overview: OverviewSize("120x40")!).isOverview)
    }
}
