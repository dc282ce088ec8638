import Testing
@testable import SegmentTUI
import SegmentTestSupport

@Suite("Themes", .checkingStores)
struct ThemeTests {
    @Test("every shipped theme parses and styles every role", arguments: ["default", "light", "high-contrast", "mono"])
    func shippedThemes(name: String) throws {
        let theme = try ThemeLibrary(directories: [themesDirectory]).theme(named: name)
        #expect(Set(theme.styles.keys) == Set(Role.allCases))
    }

    @Test("the monochrome theme uses no colour, and shows selection and priority by attributes")
    func monoHasNoColour() throws {
        let theme = try ThemeLibrary(directories: [themesDirectory]).theme(named: "mono")
        #expect(theme.styles.values.allSatisfy { $0.foreground == .terminalDefault && $0.background == .terminalDefault })
        #expect(theme.style(.selected).attributes.contains(.reverse))
        #expect(!theme.style(.priority1).attributes.isEmpty)
    }

    @Test("a bad line names the file, the line and what was expected")
    func badLines() {
        #expect(throws: ThemeError(file: "t.theme", line: 2, problem: "expected a foreground and a background colour")) {
            try Theme.parse("normal = default default\nselected = red", name: "t", file: "t.theme")
        }
        #expect(throws: ThemeError.self) { try Theme.parse("nonsense = red blue", name: "t", file: "t.theme") }
        #expect(throws: ThemeError.self) { try Theme.parse("selected = red 300", name: "t", file: "t.theme") }
        #expect(throws: ThemeError.self) { try Theme.parse("selected = red blue blink", name: "t", file: "t.theme") }
    }

    @Test("an unknown theme lists the ones there are; a name cannot reach outside the theme folders")
    func unknownTheme() {
        let library = ThemeLibrary(directories: [themesDirectory])
        #expect(throws: ThemeError.self) { try library.theme(named: "nope") }
        #expect(throws: ThemeError.self) { try library.theme(named: "../../etc/passwd") }
        #expect(library.available().contains("mono"))
    }

    @Test("256-colour indices fall back to the nearest of eight")
    func basicColours() {
        #expect(ThemeColor.index(196).basic == .index(1))
        #expect(ThemeColor.index(12).basic == .index(4))
        #expect(ThemeColor.index(255).basic == .index(7))
    }

    @Test("the built-in themes are the shipped files, so a binary copied anywhere starts with the same colours")
    func builtIn() throws {
        for name in ["default", "light", "high-contrast", "mono"] {
            let file = try ThemeLibrary(directories: [themesDirectory]).theme(named: name)
            let builtIn = try ThemeLibrary(directories: []).theme(named: name)
            #expect(file.styles == builtIn.styles, "\(name).theme differs from the built-in copy")
        }
        #expect(ThemeLibrary(directories: ["/nonexistent"]).available() == ["default", "high-contrast", "light", "mono"])
    }
}
