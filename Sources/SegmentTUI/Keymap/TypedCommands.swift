/// What a `:` command does with the words after its name: its effects, or
/// a usage line in the status line and none.
public typealias CommandHandler = @Sendable (_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect]

/// One `:` command that takes words after its name: how it is written, what
/// it does, the panes whose records it acts on (nil for every pane), and
/// the function that carries it out, declared together in one row.
public struct TypedCommand: Sendable {
    public let name: String
    public let arguments: String
    public let help: String
    public let panes: Set<PaneKind>?
    let run: CommandHandler

    public func applies(on pane: PaneKind) -> Bool { panes?.contains(pane) ?? true }
}

/// The `:` commands with arguments, in the order help lists them; the
/// command line refuses a name that is not here, so none goes without help.
public enum TypedCommands {
    /// Every command: the ones that apply anywhere, each pane's own (from
    /// its descriptor), and :q.
    public static let all: [TypedCommand] = common + PaneKind.allCases.flatMap(\.descriptor.commands) + [quit]

    private static let common: [TypedCommand] = [
        TypedCommand(name: "theme", arguments: "NAME", help: "switch theme (default, light, high-contrast, mono)", panes: nil,
                     run: { _, arguments, state in
                         guard arguments.count == 1 else { return CommandLine.usage("theme NAME", &state) }
                         return [.applyTheme(arguments[0])]
                     }),
        TypedCommand(name: "agreements", arguments: "",
                     help: "the agreement: versions with their acceptances, and who has not accepted the newest", panes: nil,
                     run: { _, _, _ in [.loadAgreements] }),
        TypedCommand(name: "note", arguments: "TEXT", help: "internal note in the record's history; never sent", panes: nil,
                     run: { _, arguments, state in
                         guard !arguments.isEmpty, let (kind, id) = CommandLine.selectedRecord(state) else {
                             return CommandLine.usage("note TEXT (on a record)", &state)
                         }
                         return [.addNote(kind, id: id, text: arguments.joined(separator: " "))]
                     }),
    ]

    private static let quit = TypedCommand(name: "q", arguments: "", help: "quit segdesk", panes: nil, run: { _, _, _ in [.quit] })

    /// The rows of a name; one name may have a row per pane (:status).
    public static func named(_ name: String) -> [TypedCommand] { all.filter { $0.name == name } }
}
