import Foundation
import Testing
@testable import SegmentTUI
import SegmentTestSupport

/// Every registered pane, the day it is registered, goes through the same
/// list: its keys and commands carried out, its words in bokmål, its list,
/// record and form as golden screens.
@Suite("Every pane checked alike", .checkingStores)
struct PaneCheckTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/Panes")

    @Test("each pane's keys and : commands are carried out by the pane", arguments: PaneKind.allCases)
    func keysAndCommands(pane: PaneKind) throws {
        let unhandled = PaneChecker(pane, goldenDirectory: Self.golden).unhandledNames(in: try demoStore())
        #expect(unhandled == [])
    }

    @Test("each pane's title, help, commands and columns have bokmål texts", arguments: PaneKind.allCases)
    func texts(pane: PaneKind) {
        #expect(PaneChecker(pane, goldenDirectory: Self.golden).untranslatedTexts() == [])
    }

    @Test("each pane's list, record and form at 80x24 and 200x60 are as kept in Golden/Panes", arguments: PaneKind.allCases)
    func screens(pane: PaneKind) throws {
        let differing = try PaneChecker(pane, goldenDirectory: Self.golden).screensDifferingFromGolden()
        #expect(differing == [], "if meant: SEGDESK_REGENERATE_GOLDEN=1 swift test --filter PaneCheckTests")
    }
}
