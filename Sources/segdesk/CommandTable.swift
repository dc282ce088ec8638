import SegmentCore
import SegmentTUI

/// Every command segdesk runs, as one table: `--help`, the manual page and
/// the shell completion are all written from it, so none can drift.
enum CommandTable {
    struct Entry {
        /// The words that name it, e.g. ["import", "services"]; empty for the dashboard.
        let words: [String]
        /// Its options and arguments after the words.
        let arguments: String
        /// What it does, in English; shown in the operator's language.
        let summary: String
    }

    static let entries: [Entry] = [
        Entry(words: [], arguments: "[--db PATH] [--theme NAME]", summary: "the dashboard"),
        Entry(words: [], arguments: "--demo [--db PATH] [--theme NAME]", summary: "the dashboard on a fresh demo database"),
        Entry(words: ["demo"], arguments: "--db PATH [--consumers N] [--incidents N] [--seed N]",
              summary: "write a deterministic demo database and exit"),
        Entry(words: ["import", "services"], arguments: "[--db PATH] [--skip-bad] [--update] FILE",
              summary: "the provider and its services: a new segment's first step"),
        Entry(words: ["import", "consumers"], arguments: "[--db PATH] [--skip-bad] [--update] [--encoding E] FILE",
              summary: "then the consumers with their contacts and services"),
        Entry(words: ["import", "agreements|acceptances"], arguments: "[--db PATH] [--skip-bad] FILE",
              summary: "the segment's agreement versions / who accepted which"),
        Entry(words: ["import", "incidents"], arguments: "[--db PATH] [--skip-bad] [--encoding E] FILE",
              summary: "import incidents from JSON Lines, or CSV when FILE ends in .csv; - reads standard input"),
        Entry(words: ["import", "notices"], arguments: "[--db PATH] [--skip-bad] [--encoding E] FILE",
              summary: "the provider's change and outage notices, as drafts to publish from the notices pane (:publish)"),
        Entry(words: ["import", "needs|backings"], arguments: "[--db PATH] [--skip-bad] FILE",
              summary: "the segment's needs / which consumer backs which, how much"),
        Entry(words: ["import", "acks"], arguments: "[--db PATH] [--skip-bad] FILE",
              summary: "consumers' answers to published notices"),
        Entry(words: ["ingest", "maildir"], arguments: "[--db PATH] DIR",
              summary: "take the mail in DIR/new: reports become incidents, replies join theirs; handled mail moves to DIR/cur"),
        Entry(words: ["export"], arguments: "KIND [--db PATH] [--format jsonl|csv] [--keep-personal-data]",
              summary: "write every record of a kind to standard output, national identity numbers masked unless kept; KIND: incidents, consumers, cases, notices, acks, needs, backings, journal, services, agreements, acceptances"),
        Entry(words: ["export", "proposal"], arguments: "ID [--db PATH]",
              summary: "a proposal to the ministry for a need not covered"),
        Entry(words: ["digest"], arguments: "[--db PATH] [--days N] [--send]",
              summary: "the provider's digest: open cases, top needs, breaking changes not ready, each service's week; --send queues it"),
        Entry(words: ["report"], arguments: "[--db PATH] [--days N]",
              summary: "the last N days with plots: reports per day per service, top consumers, time to the provider, SLA met"),
        Entry(words: ["check"], arguments: "[--db PATH]", summary: "verify integrity, foreign keys and the journal's seals"),
        Entry(words: ["remind"], arguments: "[--db PATH] [--dry-run]",
              summary: "for cron: reminders to consumers that have not accepted the newest agreement or answered a published notice before its deadline, never twice for one point"),
        Entry(words: ["backup"], arguments: "[--db PATH] FILE", summary: "an online copy of the database while others work"),
        Entry(words: ["outbox", "list"], arguments: "[--db PATH]", summary: "the queued, sent and failed messages"),
        Entry(words: ["outbox", "confirm|requeue"], arguments: "[--db PATH] ID...",
              summary: "settle an uncertain message: it left / send it again"),
        Entry(words: ["outbox", "deliver"], arguments: "[--db PATH] [--transport T] [--from ADDRESS] [--timeout SECONDS]",
              summary: "send what is due: T is sendmail, sendmail:PATH or maildir:DIR (default from the configuration)"),
        Entry(words: [], arguments: "--help | COMMAND --help | --version | --man | --completion bash",
              summary: "this text, a command's, the version, the manual page, the bash completion script"),
    ]

    /// One entry as `--help` lists it: the synopsis, and the summary beside
    /// it when it fits, else under it, wrapped to 57 columns.
    static func helpLines(_ entry: Entry) -> [String] {
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
