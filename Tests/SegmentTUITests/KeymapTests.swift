import Testing
@testable import SegmentTUI

@Suite("Keymap")
struct KeymapTests {
    @Test("no key is bound twice in one view", arguments: Mode.allCases)
    func noDuplicateKeys(mode: Mode) {
        let keys = Keymap.bindings(for: mode).flatMap(\.keys)
        #expect(keys.count == Set(keys).count)
    }

    @Test("every binding has its own : name and help text")
    func namesAreUnique() {
        let names = Keymap.bindings.map(\.name)
        #expect(names.count == Set(names).count)
        #expect(Keymap.bindings.allSatisfy { !$0.help.isEmpty })
    }

    @Test("every keymap name works on the : line, not shadowed by a command that takes arguments")
    func namesReachable() {
        for binding in Keymap.bindings where binding.command != .quit {
            var state = AppState(width: 80, height: 24, themeName: "default", operatorLogin: "kari", now: testNow, timeZone: utc)
            state.input = .command(binding.name)
            _ = Reducer.reduce(&state, .keyPressed(.enter))
            #expect(state.message?.text.hasPrefix("usage") != true, "\(binding.name)")
            #expect(state.message?.text.hasPrefix("unknown command") != true, "\(binding.name)")
        }
    }

    @Test("the help screen lists every key of the view it documents", arguments: Mode.allCases)
    func helpListsEveryKey(mode: Mode) {
        let help = HelpView.lines(for: mode)
        for binding in Keymap.bindings(for: mode) {
            #expect(help.contains { $0.text.contains(":\(binding.name)") })
        }
    }

    @Test("the footer hints are keymap bindings of the current view")
    func footerFromKeymap() {
        let state = AppState(width: 200, height: 60, themeName: "default", operatorLogin: "kari", now: testNow, timeZone: utc)
        var screen = Screen(width: 200, height: 1)
        Footer.render(into: &screen, row: 0, state: state)
        for binding in Keymap.bindings(for: .dashboard) where binding.inFooter {
            #expect(screen.lines[0].contains(binding.help))
        }
    }
}
