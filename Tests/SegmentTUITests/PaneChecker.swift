import Foundation
@testable import SegmentCore
import SegmentTestSupport
@testable import SegmentTUI
import Testing

/// Runs one registered pane through what every pane must do, so a new pane
/// is checked the day it is registered: its keys are carried out, its `:`
/// commands answered, its words present in bokmål, and its list, record
/// and form kept as golden screens at 80x24 and 200x60.
public struct PaneChecker {
    let pane: PaneKind
    /// Where the golden screens are kept.
    let goldenDirectory: URL

    public init(_ pane: PaneKind, goldenDirectory: URL) {
        self.pane = pane
        self.goldenDirectory = goldenDirectory
    }

    /// The texts of the pane a bokmål reader would otherwise read in English.
    public func untranslatedTexts() -> [String] {
        let descriptor = pane.descriptor
        let texts = [descriptor.englishTitle, descriptor.focusHelp] + descriptor.bindings.map(\.help) + descriptor.commands.map(\.help)
            + descriptor.table(width: 200).columns.map(\.heading).filter { !$0.isEmpty }
        return texts.filter { BokmalTexts.table[$0] == nil }
    }

    /// The names of its keys and `:` commands that it does not carry out: a
    /// key that opens a form must have one (a pane key's work is its enum's,
    /// checked by the compiler); a command given no words must do something
    /// or say how it is written.
    public func unhandledNames(in store: Store) -> [String] {
        let descriptor = pane.descriptor
        var harness = Harness(store: store)
        harness.press(.character(Character(String(pane.rawValue))))
        var unhandled: [String] = []
        for binding in descriptor.bindings {
            if case .newRecord(let kind) = binding.command, kind.descriptor.entryForm(harness.state) == nil {
                unhandled.append(binding.name)
            }
        }
        for command in descriptor.commands {
            var state = harness.state
            state.message = nil
            if command.run(command.name, [], &state).isEmpty && state.message == nil { unhandled.append(":" + command.name) }
        }
        return unhandled
    }

    /// The screens of the pane on the demo segment, each named: its list at
    /// 80x24 and focused in the 200x60 overview, its first record at both
    /// sizes and in bokmål, and its form when it has one.
    public func screens() throws -> [(name: String, text: String)] {
        let focus = Key.character(Character(String(pane.rawValue)))
        let name = pane.descriptor.commandName
        var plans: [(String, Int, Int, [Key], Language)] = [
            ("\(name)-list-80x24", 80, 24, [focus], .english),
            ("\(name)-list-200x60", 200, 60, [focus], .english),
            ("\(name)-record-80x24", 80, 24, [focus, .enter], .english),
            ("\(name)-record-200x60", 200, 60, [focus, .enter], .english),
            ("\(name)-record-80x24-nb", 80, 24, [focus, .enter], .bokmal),
        ]
        if pane.descriptor.bindings.contains(where: { if case .newRecord = $0.command { true } else { false } }) {
            plans.append(("\(name)-form-80x24", 80, 24, [focus, .character("n")], .english))
            plans.append(("\(name)-form-80x24-nb", 80, 24, [focus, .character("n")], .bokmal))
        }
        return try plans.map { plan in
            let text = try Language.$interface.withValue(plan.4) {
                var harness = Harness(store: try demoStore(), width: plan.1, height: plan.2)
                for key in plan.3 { harness.press(key) }
                _ = harness.readAhead()
                let screen = harness.screen
                #expect(screen.lines.allSatisfy { DisplayWidth.of($0) <= plan.1 }, "\(plan.0) is wider than the terminal")
                return screen.text + "\n"
            }
            return (plan.0, text)
        }
    }

    /// The screens that differ from their golden files, by name; with
    /// `SEGDESK_REGENERATE_GOLDEN=1` in the environment they are written anew.
    public func screensDifferingFromGolden() throws -> [String] {
        var differing: [String] = []
        for screen in try screens() {
            let file = goldenDirectory.appendingPathComponent("\(screen.name).txt")
            if ProcessInfo.processInfo.environment["SEGDESK_REGENERATE_GOLDEN"] == "1" {
                try FileManager.default.createDirectory(at: goldenDirectory, withIntermediateDirectories: true)
                try screen.text.write(to: file, atomically: true, encoding: .utf8)
            } else if (try? String(contentsOf: file, encoding: .utf8)) != screen.text {
                differing.append(screen.name)
            }
        }
        return differing
    }
}
