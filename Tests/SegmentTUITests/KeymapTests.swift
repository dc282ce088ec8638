import Testing
@testable import SegmentCore
@testable import SegmentTUI
import SegmentTestSupport

@Suite("Keymap", .checkingStores)
struct KeymapTests {
    @Test("no key is bound twice in one view on one pane", arguments: Mode.allCases)
    func noDuplicateKeys(mode: Mode) {
        for pane in PaneKind.allCases {
            let keys = Keymap.bindings(for: mode, on: pane).flatMap(\.keys)
            #expect(keys.count == Set(keys).count, "\(mode) on \(pane)")
        }
    }

    @Test("every : command with arguments has help text, and the command line knows it by name")
    func typedCommandsHaveHelp() {
        #expect(TypedCommands.all.allSatisfy { !$0.help.isEmpty })
        for command in TypedCommands.all where command.name != "q" {
            var state = AppState(width: 80, height: 24, themeName: "default", operatorLogin: "kari", now: testNow, timeZone: utc)
            state.focus = command.panes?.first ?? .incidents
            state.input = .command(command.name)
            _ = Reducer.reduce(&state, .keyPressed(.enter))
            #expect(state.message?.text.hasPrefix("unknown command") != true, "\(command.name)")
        }
    }

    @Test("on the consumers pane ? lists no incident-only action; on the incidents pane it does")
    func helpIsScopedToThePane() {
        let consumers = HelpView.lines(for: .dashboard, on: .consumers).map(\.text).joined(separator: "\n")
        let incidents = HelpView.lines(for: .dashboard, on: .incidents).map(\.text).joined(separator: "\n")
        for incidentOnly in ["assign the incident(s) to me", "raise priority", ":assign-me", ":reply TEXT", "mark or unmark"] {
            #expect(!consumers.contains(incidentOnly), "\(incidentOnly)")
        }
        for action in ["assign the incident(s) to me", "raise priority", "mark or unmark"] { #expect(incidents.contains(action)) }
        #expect(!incidents.contains("forward the provider case"))
        #expect(HelpView.lines(for: .dashboard, on: .cases).contains { $0.text.contains("forward the provider case") })
    }

    @Test("a on the consumers pane says where it works instead of failing later")
    func keyOutsideItsPane() {
        var state = AppState(width: 80, height: 24, themeName: "default", operatorLogin: "kari", now: testNow, timeZone: utc)
        state.focus = .consumers
        #expect(Reducer.reduce(&state, .keyPressed(.character("a"))).isEmpty)
        let incidentsPane = Wording("the {1} pane ({2})", Wording.lowercased("Incidents"), 1)
        #expect(state.message == StatusMessage(Wording("{1} works on {2}, not here", "a", incidentsPane), isError: true))
        #expect(state.message?.text == "a works on the incidents pane (1), not here")
        #expect(Language.$interface.withValue(.bokmal) { state.message?.text } == "a virker på panelet feilmeldinger (1), ikke her")
        #expect(PaneKind.places([.notices, .cases]).description == "the provider cases pane (2) and the change notices pane (3)")
        #expect(Language.$interface.withValue(.bokmal) { PaneKind.places([.notices, .cases]).description }
                == "panelet saker hos tilbyder (2) og panelet endringsvarsler (3)")
    }

    @Test("every binding has its own : name and help text")
    func namesAreUnique() {
        let names = Keymap.bindings.map(\.name)
        #expect(names.count == Set(names).count)
        #expect(Keymap.bindings.allSatisfy { !$0.help.isEmpty })
    }

    @Test("every key of a pane's own is bound once, under its name")
    func paneKeysAreBound() {
        let bound = Keymap.bindings.compactMap { binding -> PaneKey? in
            guard case .paneKey(let key) = binding.command else { return nil }
            #expect(key.name == binding.name, "a key's work is named as its binding is")
            return key
        }
        let every = IncidentKey.allCases.map(PaneKey.incidents) + CaseKey.allCases.map(PaneKey.cases)
        #expect(bound.sorted { $0.name < $1.name } == every.sorted { $0.name < $1.name })
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

    @Test("the help screen lists every key of the view and pane it documents", arguments: Mode.allCases)
    func helpListsEveryKey(mode: Mode) {
        for pane in PaneKind.allCases {
            let help = HelpView.lines(for: mode, on: pane)
            for binding in Keymap.bindings(for: mode, on: pane) {
                #expect(help.contains { $0.text.contains(":\(binding.name)") })
            }
        }
    }

    @Test("the footer hints are keymap bindings of the current view")
    func footerFromKeymap() {
        let state = AppState(width: 200, height: 60, themeName: "default", operatorLogin: "kari", now: testNow, timeZone: utc)
        var screen = Screen(width: 200, height: 1)
        Footer.render(into: &screen, row: 0, state: state)
        for binding in Keymap.bindings(for: .dashboard, on: .incidents) where binding.inFooter {
            #expect(screen.lines[0].contains(binding.help))
        }
    }

    @Test("every key's and command's help, every pane's name and view's name has a bokmål text")
    func helpInBokmal() {
        let texts = Keymap.bindings.map(\.help) + TypedCommands.all.map(\.help)
            + PaneKind.allCases.map(\.englishTitle) + Mode.allCases.map(\.rawValue)
        #expect(texts.filter { Language.bokmal.translation(of: $0) == $0 }.isEmpty)
    }

    @Test("with bokmål the footer and help speak it, and the keys stay the same")
    func footerInBokmal() {
        Language.$interface.withValue(.bokmal) {
            let state = AppState(width: 200, height: 60, themeName: "default", operatorLogin: "kari", now: testNow, timeZone: utc)
            var screen = Screen(width: 200, height: 1)
            Footer.render(into: &screen, row: 0, state: state)
            #expect(screen.lines[0].contains("Tab neste panel") && screen.lines[0].contains("q avslutt segdesk"))
            #expect(HelpView.lines(for: .dashboard, on: .cases).contains { $0.label == "f" && $0.text.hasPrefix("send saken over") })
        }
    }
}
