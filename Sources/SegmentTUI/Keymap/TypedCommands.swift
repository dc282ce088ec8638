/// One `:` command that takes words after its name: how it is written, what
/// it does, and the panes whose records it acts on (nil for every pane).
public struct TypedCommand: Sendable {
    public let name: String
    public let arguments: String
    public let help: String
    public let panes: Set<PaneKind>?

    public func applies(on pane: PaneKind) -> Bool { panes?.contains(pane) ?? true }
}

/// The `:` commands with arguments, in the order help lists them; the
/// command line refuses a name that is not here, so none goes without help.
public enum TypedCommands {
    /// Every command: the ones that apply anywhere, each pane's own (from
    /// its descriptor), and :q.
    public static let all: [TypedCommand] = common + PaneKind.allCases.flatMap(\.descriptor.commands) + [quit]

    private static let common: [TypedCommand] = [
        TypedCommand(name: "theme", arguments: "NAME", help: "switch theme (default, light, high-contrast, mono)", panes: nil),
        TypedCommand(name: "new", arguments: "O S TITLE", help: "incident taken by phone: organisation number, service, title",
                     panes: nil),
        TypedCommand(name: "ask", arguments: "VERSION",
                     help: "ask every consumer that has not accepted agreement VERSION to accept it (asks first)", panes: nil),
        TypedCommand(name: "agreements", arguments: "",
                     help: "the agreement: versions with their acceptances, and who has not accepted the newest", panes: nil),
        TypedCommand(name: "note", arguments: "TEXT", help: "internal note in the record's history; never sent", panes: nil),
    ]

    private static let quit = TypedCommand(name: "q", arguments: "", help: "quit segdesk", panes: nil)

    /// The rows of a name; one name may have a row per pane (:status).
    public static func named(_ name: String) -> [TypedCommand] { all.filter { $0.name == name } }
}
