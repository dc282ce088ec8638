import SegmentCore

/// What the `:` line understands: every keymap command by name, and commands
/// that take arguments.
enum CommandLine {
    static func execute(_ text: String, _ state: inout AppState) -> [Effect] {
        let words = text.split(separator: " ").map(String.init)
        guard let name = words.first else { return [] }
        let arguments = Array(words.dropFirst())
        // A name in neither table is unknown, so every command has its help.
        let typed = TypedCommands.named(name)
        guard !typed.isEmpty || Keymap.binding(named: name) != nil else {
            state.message = StatusMessage(Wording("unknown command :{1}; ? lists the commands", name), isError: true)
            return []
        }
        if !typed.isEmpty, !typed.contains(where: { $0.applies(on: state.currentPane) }) {
            let panes = typed.reduce(into: Set<PaneKind>()) { $0.formUnion($1.panes ?? []) }
            state.message = StatusMessage(Wording(":{1} works on {2}, not here", name, PaneKind.places(panes)), isError: true)
            return []
        }
        if typed.isEmpty, let binding = Keymap.binding(named: name),
           !binding.applies(in: state.mode == .detail ? .detail : .dashboard, on: state.currentPane) {
            state.message = StatusMessage(Wording(":{1} does not apply here; ? lists what does", name), isError: true)
            return []
        }
        if let row = typed.first(where: { $0.applies(on: state.currentPane) }) {
            return row.run(name, arguments, &state)
        }
        guard let binding = Keymap.binding(named: name), arguments.isEmpty else {
            state.message = StatusMessage(Wording("unknown command :{1}; ? lists the commands", name), isError: true)
            return []
        }
        return Reducer.perform(binding.command, &state)
    }

    /// The open record of `pane`, else the one selected in it when it has
    /// the focus; nil when the operator is elsewhere.
    static func selected(_ pane: PaneKind, _ state: AppState) -> Int64? {
        guard let (kind, id) = selectedRecord(state), kind == pane else { return nil }
        return id
    }

    /// The open record, else the one selected in the focused pane.
    static func selectedRecord(_ state: AppState) -> (PaneKind, Int64)? {
        if let detail = state.detail { return (detail.pane, detail.id) }
        return state.focusedPane.selectedID.map { (state.focus, $0) }
    }

    /// Says how a command is written, in the status line, and does nothing.
    static func usage(_ expected: Wording, _ state: inout AppState) -> [Effect] {
        state.message = StatusMessage(Wording("usage: :{1}", expected), isError: true)
        return []
    }
}
