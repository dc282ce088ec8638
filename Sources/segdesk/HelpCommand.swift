import SegmentCore
import SegmentTUI

/// A text printed as it stands: `--help`, a command's page, `--version`,
/// the manual page and the completion script.
struct HelpCommand: ShellCommand, Equatable {
    static let rows = [
        CommandRow([], "--help | COMMAND --help | --version | --man | --completion bash",
                   "this text, a command's, the version, the manual page, the bash completion script"),
    ]

    let text: String

    init(text: String) {
        self.text = text
    }

    init(_ request: CommandRequest) throws {
        text = Usage.main
    }

    func run(_ environment: Environment) throws -> Int32 {
        print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
        return 0
    }

    /// The bare `segdesk` with options only: the dashboard, or a text.
    static func orDashboard(_ typed: ArraySlice<String>) throws -> any ShellCommand {
        if typed.first == "--completion" {
            guard typed.count == 2, typed.last == "bash" else {
                throw UsageError(description: localized("segdesk --completion: expected the shell: segdesk --completion bash"))
            }
            return HelpCommand(text: BashCompletion.text)
        }
        if typed == ["--man"] { return HelpCommand(text: ManualPage.text(version: releaseVersion)) }
        let options = try Options.parse(typed, allowed: ["--db", "--theme", "--open"], flags: ["--help", "--version", "--demo", "--read-only", "-h"])
        if options.flags.contains("--help") || options.flags.contains("-h") { return HelpCommand(text: Usage.main) }
        if options.flags.contains("--version") {
            return HelpCommand(text: "segdesk \(releaseVersion) (schema \(Store.currentSchemaVersion))")
        }
        let opening = try options.values["--open"].map { text in
            guard let reference = RecordReference(text) else {
                throw UsageError(description: localized("segdesk --open: expected a record such as SEG-12, SEG-C3 or SEG-N4, got \"{1}\"",
                                                        UntrustedText.line(text)))
            }
            return reference
        }
        return DashboardCommand(db: options.values["--db"], theme: options.values["--theme"], demo: options.flags.contains("--demo"),
                                readOnly: options.flags.contains("--read-only"), opening: opening)
    }

    /// This build's version, for `--version` and the manual page.
    static let releaseVersion = "0.2.0"
}
