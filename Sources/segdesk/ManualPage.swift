import SegmentCore
import SegmentTUI

/// The manual page, `segdesk.1`, in troff, written from the command table
/// and the usage texts so it says what `--help` says. It is installed once
/// for every reader, so it is always English.
enum ManualPage {
    static func text(version: String) -> String {
        Language.$interface.withValue(.english) { english(version: version) }
    }

    private static func english(version: String) -> String {
        var lines = [
            ".TH SEGDESK 1 \"\" \"segdesk \(version)\" \"User Commands\"",
            ".SH NAME",
            "segdesk \\- the terminal desk of a data\\-sharing segment coordinator",
            ".SH SYNOPSIS",
        ]
        for entry in CommandTable.entries {
            lines += [".B segdesk", escaped((entry.words + [entry.arguments]).joined(separator: " ")), ".br"]
        }
        lines += [".SH DESCRIPTION"] + paragraphs("""
            segdesk is the keyboard-driven desk of a segment coordinator: the single contact point between a \
            provider of data and the consumers that share it. Its operator takes in error reports from the \
            consumers, groups the ones that are the same fault into one case for the provider, tells every \
            reporter when it is fixed, publishes the provider's change and outage notices to the consumers \
            that use the service and chases their answers, and keeps the segment's needs, agreements and \
            onboarding. A new segment starts from an empty file: import services, then consumers, then \
            incidents, or let mail bring them.
            """)
        lines.append(".SH COMMANDS")
        for entry in CommandTable.entries {
            lines += [".TP", ".B " + escaped((["segdesk"] + entry.words + [entry.arguments]).joined(separator: " ")),
                      escaped(localized(entry.summary))]
        }
        lines += keyLines()
        lines += [".SH ENVIRONMENT", ".TP", ".B SEGDESK_DB", "the database when --db is not given.", ".TP", ".B NO_COLOR",
                  "set: no colour.", ".TP", ".B ESCDELAY", "milliseconds to wait after Esc for the rest of a key.",
                  ".SH FILES"]
        lines += paragraphs(Usage.environmentNote.replacingOccurrences(of: "\n", with: " "))
        lines += [".TP", ".I /etc/segdesk/config",
                  "the team's settings, read first, and its roles (readers = GROUP, admins = GROUP), which a user's own file cannot change.",
                  ".TP", ".I $XDG_CONFIG_HOME/segdesk/config",
                  "key = value settings: transport, from, SLA targets, grouping, remind.days, needs.weights, checklists, "
                    + "freeze windows, provider addresses, who is on call (oncall, oncall.rota) and alert.* settings.",
                  ".TP", ".I $XDG_CONFIG_HOME/segdesk/themes/NAME.theme", "a theme of the user's own; it overrides a built-in one.",
                  ".SH EXIT STATUS", "0 on success, 1 when something failed (one line on standard error), 2 for a command line "
                    + "segdesk does not understand, 128 + n after signal n.",
                  ".SH SEE ALSO", "The README of the segdesk source, and ? inside the dashboard for every key."]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The dashboard's keys and `:` commands, from the keymap and the
    /// command table the `?` screen reads: those of every pane, then each
    /// pane's own.
    private static func keyLines() -> [String] {
        func entries(_ bindings: [Binding], _ commands: [TypedCommand]) -> [String] {
            bindings.flatMap { [".TP", ".B " + escaped($0.keys.map(\.label).joined(separator: " ")), escaped($0.help + "   :" + $0.name)] }
                + commands.flatMap {
                    [".TP", ".B " + escaped(":" + [$0.name, $0.arguments].filter { !$0.isEmpty }.joined(separator: " ")), escaped($0.help)]
                }
        }
        let dashboard = Keymap.bindings.filter { $0.modes.contains(.dashboard) || $0.modes.contains(.detail) }
        var lines = [".SH KEYS", ".SS Every pane"]
        lines += entries(dashboard.filter { $0.panes == nil }, TypedCommands.all.filter { $0.panes == nil })
        for pane in PaneKind.allCases {
            lines.append(".SS " + escaped(pane.title))
            lines += entries(dashboard.filter { $0.panes?.contains(pane) ?? false }, TypedCommands.all.filter { $0.panes?.contains(pane) ?? false })
        }
        return lines
    }

    /// Text troff prints as written: backslashes and hyphens escaped, and no
    /// line starting with a control character.
    static func escaped(_ text: String) -> String {
        let body = text.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
        return body.hasPrefix(".") || body.hasPrefix("'") ? "\\&" + body : body
    }

    private static func paragraphs(_ text: String) -> [String] {
        [".PP", escaped(text)]
    }
}

/// The bash completion script, written from the command table: command
/// words, then each command's options, then file names.
enum BashCompletion {
    static var text: String {
        let firsts = CommandTable.words.map(\.0) + ["--db", "--theme", "--demo", "--help", "--version", "--man", "--completion"]
        var cases: [String] = []
        for (first, listed) in CommandTable.words {
            let following = first == "export" ? ExportKind.allCases.map(\.rawValue) + listed : listed
            let options = Set(CommandTable.entries.filter { $0.words.first == first }.flatMap { entry in
                entry.arguments.split(whereSeparator: { " []|".contains($0) }).filter { $0.hasPrefix("--") }.map(String.init)
            } + ["--help"]).sorted()
            let second = following.isEmpty ? "" : "[ \"$COMP_CWORD\" -eq 2 ] && { COMPREPLY=($(compgen -W \"\(following.joined(separator: " "))\" -- \"$cur\")); return; }; "
            cases.append("        \(first)) \(second)[[ \"$cur\" == -* ]] && COMPREPLY=($(compgen -W \"\(options.joined(separator: " "))\" -- \"$cur\")) ;;")
        }
        return """
            # bash completion for segdesk, written by segdesk --completion bash
            _segdesk() {
                local cur="${COMP_WORDS[COMP_CWORD]}"
                local prev="${COMP_WORDS[COMP_CWORD-1]}"
                case "$prev" in
                    --db|--encoding|--transport|--from|--timeout|--days|--consumers|--incidents|--seed) return ;;
                    --format) COMPREPLY=($(compgen -W "jsonl csv" -- "$cur")); return ;;
                    --theme) COMPREPLY=($(compgen -W "default light high-contrast mono" -- "$cur")); return ;;
                esac
                if [ "$COMP_CWORD" -eq 1 ]; then
                    COMPREPLY=($(compgen -W "\(firsts.joined(separator: " "))" -- "$cur"))
                    return
                fi
                case "${COMP_WORDS[1]}" in
            \(cases.joined(separator: "\n"))
                esac
            }
            complete -o default -F _segdesk segdesk

            """
    }
}
