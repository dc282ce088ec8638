import SegmentCore

/// Keys as the reducer hears them: what each mode's line of input does with
/// a key, before a key becomes a command.
extension Reducer {
    static func keyPressed(_ key: Key, _ state: inout AppState) -> [Effect] {
        if let form = state.form { return formKey(key, form, &state) }
        switch state.input {
        case .filter: return filterKey(key, &state)
        case .command(let text): return commandLineKey(key, text, &state)
        case .none: break
        }
        state.message = nil
        guard let command = Keymap.command(for: key, in: state.mode, on: state.currentPane) else {
            if let elsewhere = Keymap.binding(for: key, in: state.mode), let panes = elsewhere.panes {
                state.message = StatusMessage(Wording("{1} works on {2}, not here", key.label, PaneKind.places(panes)), isError: true)
            } else {
                state.message = StatusMessage(Wording("{1} does nothing here; ? lists the keys", key.label))
            }
            return []
        }
        return perform(command, &state)
    }

    static func filterKey(_ key: Key, _ state: inout AppState) -> [Effect] {
        switch key {
        case .character(let character):
            state.focusedPane.filter.append(character)
        case .backspace, .delete:
            guard !state.focusedPane.filter.isEmpty else { return [] }
            state.focusedPane.filter.removeLast()
        case .escape:
            state.input = .none
            state.focusedPane.filter = ""
        case .enter:
            state.input = .none
            return []
        case .down, .up, .pageDown, .pageUp:
            return perform(Keymap.command(for: key, in: .dashboard, on: state.focus)!, &state)
        default:
            return []
        }
        // From the top of the matches, unless the selected record is one of them.
        state.focusedPane.anchor = .start
        return [.loadPane(state.focus)]
    }

    static func formKey(_ key: Key, _ form: EntryForm, _ state: inout AppState) -> [Effect] {
        var form = form
        switch key {
        case .character(let character): form.type(character)
        case .backspace, .delete: form.erase()
        case .tab, .down: form.move(by: 1)
        case .backTab, .up: form.move(by: -1)
        case .escape:
            state.overlay = nil
            state.message = StatusMessage(form.kind.cancelled)
            return []
        case .enter:
            switch form.submission() {
            case .success(let effect):
                form.problem = nil
                state.overlay = .form(form)
                return [effect]
            case .failure(let problem):
                form.problem = problem.message
                form.focus = form.fields.firstIndex { $0.key == problem.field } ?? form.focus
            }
        default:
            break
        }
        state.overlay = .form(form)
        return []
    }

    static func commandLineKey(_ key: Key, _ text: String, _ state: inout AppState) -> [Effect] {
        switch key {
        case .character(let character):
            state.input = .command(text + String(character))
        case .backspace, .delete:
            state.input = text.isEmpty ? .none : .command(String(text.dropLast()))
        case .escape:
            state.input = .none
        case .enter:
            state.input = .none
            return CommandLine.execute(text, &state)
        default:
            break
        }
        return []
    }
}
