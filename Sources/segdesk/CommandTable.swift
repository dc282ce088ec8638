import SegmentCore
import SegmentTUI

/// Every command segdesk runs, as one table of types, each carrying its
/// rows: `--help`, the manual page and the shell completion are written
/// from the rows and the command line is read by them, so none can drift.
enum CommandTable {
    /// The commands, in the order `--help` lists them.
    static var commands: [any ShellCommand.Type] {
        [
            DashboardCommand.self, DemoCommand.self, InitCommand.self, ImportCommand.self, IngestCommand.self, ExportCommand.self, ArticleExportCommand.self,
            ProposalCommand.self, DigestCommand.self, ReportCommand.self, StatusCommand.self, CheckCommand.self, RemindCommand.self,
            AlertRunCommand.self, AlertAckCommand.self, AlertListCommand.self,
            BackupCommand.self, SealCommand.self, UpgradeCommand.self, OutboxListCommand.self, OutboxSettleCommand.self, OutboxRetryCommand.self, OutboxDeliverCommand.self, HelpCommand.self,
        ]
    }

    /// Every row, in the order `--help` lists them.
    static var entries: [CommandRow] { commands.flatMap { $0.rows } }

    /// What the command line asks for: the command that reads it, ready to
    /// run, or a `UsageError` (exit status 2) before anything is opened.
    static func parse(_ arguments: [String]) throws -> any ShellCommand {
        let typed = arguments[...]
        guard let first = typed.first, !first.hasPrefix("-") else { return try HelpCommand.orDashboard(typed) }
        let chosen = commands.flatMap { command in command.rows.map { (command, $0) } }
            .filter { $0.1.matches(typed) && !$0.1.words.isEmpty }
            .max { $0.1.words.count < $1.1.words.count }
        guard let (command, row) = chosen else {
            let family = entries.filter { $0.words.first == first }
            guard !family.isEmpty else {
                throw UsageError(description: localized("segdesk: unknown command \"{1}\"; segdesk --help lists the commands", first))
            }
            if typed.dropFirst().first == "--help" {
                let pages = family.compactMap { $0.page?() }
                return HelpCommand(text: pages.enumerated().filter { !pages[..<$0.offset].contains($0.element) }.map(\.element)
                    .joined(separator: "\n"))
            }
            let expected = family.map { $0.words.dropFirst().joined(separator: " ") }.filter { !$0.isEmpty }
                .flatMap { $0.split(separator: "|").map(String.init) }
            throw UsageError(description: localized("segdesk {1}: expected {2}, got \"{3}\"", first, expected.joined(separator: ", "),
                                                    typed.dropFirst().first ?? ""))
        }
        let options = try Options.parse(typed.dropFirst(row.words.count), allowed: row.values, flags: row.flags,
                                        positional: row.positional)
        if options.flags.contains("--help"), let page = row.page { return HelpCommand(text: page()) }
        return try command.init(CommandRequest(words: Array(typed.prefix(row.words.count)), options: options))
    }

    /// One row as `--help` lists it: the synopsis, and the summary beside
    /// it when it fits, else under it, wrapped to 57 columns.
    static func helpLines(_ entry: CommandRow) -> [String] {
        let synopsis = "  " + (["segdesk"] + entry.words + [entry.arguments]).filter { !$0.isEmpty }.joined(separator: " ")
        let column = 50
        let indent = String(repeating: " ", count: column)
        let summary = TextLayout.wrap(localized(entry.summary), width: 57)
        if synopsis.count < column - 1 {
            return [synopsis.padding(toLength: column, withPad: " ", startingAt: 0) + summary[0]]
                + summary.dropFirst().map { indent + $0 }
        }
        return [synopsis] + summary.map { indent + $0 }
    }

    /// Every first word, and the words that may follow each, for completion.
    static var words: [(String, [String])] {
        var order: [String] = []
        var following: [String: [String]] = [:]
        for entry in entries {
            guard let first = entry.words.first else { continue }
            if following[first] == nil { order.append(first) }
            let next = entry.words.dropFirst().flatMap { $0.split(separator: "|").map(String.init) }
            following[first, default: []] += next.filter { !(following[first] ?? []).contains($0) }
        }
        return order.map { ($0, following[$0] ?? []) }
    }
}
