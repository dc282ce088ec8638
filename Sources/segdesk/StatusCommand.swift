import Foundation
import SegmentCore
import SegmentTUI

/// `segdesk status`: what burns, as one screen of plain text, for a person
/// on a phone (`ssh host segdesk status`) or a terminal that cannot draw
/// the dashboard; `--counts` gives the header's counts to a script. A
/// monitoring check hears from the exit status whether a person is needed now.
struct StatusCommand: ShellCommand, Equatable {
    static let rows = [
        CommandRow(["status"], "[--db PATH] [--counts]",
                   "what burns as one screen of text; --counts: the header's counts, one name and number a line (tab-separated), for scripts; exits 2 when a person is needed now",
                   page: { Usage.status }, flags: ["--counts"]),
    ]

    let db: String?
    let counts: Bool

    init(_ request: CommandRequest) throws {
        db = request.db
        counts = request.has("--counts")
    }

    /// Lines of reports a screen of 24 holds beside the summary.
    static let reportLines = 12

    func run(_ environment: Environment) throws -> Int32 {
        let store = try openStoreForReading(try environment.databasePath(db), environment)
        let overview = try store.overview()
        print(counts ? Self.counts(overview) : try Self.screen(store, overview))
        return Self.needsAPerson(overview) ? 2 : 0
    }

    private static func counts(_ overview: Overview) -> String {
        let counts: [(String, Int)] = [
            ("new", overview.newIncidents), ("open", overview.openIncidents), ("overdue", overview.slaBreaches),
            ("unread_replies", overview.unreadReplies), ("unmatched", overview.unmatchedIncidents),
            ("open_cases", overview.openCases), ("late_at_provider", overview.casesLateAtProvider),
            ("grouping_proposals", overview.proposals.count),
            ("draft_notices", overview.draftNotices), ("not_ready_past_deadline", overview.consumersNotReadyPastDeadline),
            ("queued", overview.messagesQueued), ("failed_to_send", overview.messagesFailed),
            ("open_alerts", overview.openAlerts),
        ]
        return counts.map { "\($0.0)\t\($0.1)" }.joined(separator: "\n")
    }

    /// The screen: a line of counts, the open alerts, the reports that need
    /// a person most urgent first, the cases late at the provider, and
    /// whether anything needs a person now. Every text from outside is one
    /// clean line, cut to 80 columns.
    private static func screen(_ store: Store, _ overview: Overview) throws -> String {
        let now = store.now(), zone = SegmentZone.current, language = Language.interface
        let counts = [localized("{1} new", language.number(overview.newIncidents)), localized("{1} overdue", language.number(overview.slaBreaches)),
                      language.counted(overview.openCases, "{1} open case", "{1} open cases")]
            + (overview.casesLateAtProvider > 0 ? [localized("{1} late at provider", language.number(overview.casesLateAtProvider))] : [])
            + (overview.messagesFailed > 0 ? [localized("{1} failed to send", language.number(overview.messagesFailed))] : [])
        var lines = ["segdesk · \(language.dateTime(now, zone))", counts.joined(separator: " · ")]
        let alerts = try store.alerts.open(limit: 3)
        if !alerts.isEmpty {
            lines.append("")
            lines += alerts.map { "! ALERT-\($0.id) \($0.priority.label) \(UntrustedText.line($0.title))" }
            if overview.openAlerts > alerts.count { lines.append(localized("  ... and {1} more: segdesk alert list", overview.openAlerts - alerts.count)) }
        }
        let reports = try store.burning.reports(at: now, limit: reportLines)
        if !reports.isEmpty {
            lines += ["", localized("Needs a person, most urgent first:")]
            lines += reports.map { report in
                let clock = report.slaDueAt.map { $0 < now ? localized("overdue {1}", Format.duration(now - $0)) : localized(report.status.label) }
                    ?? localized(report.status.label)
                let who = (report.consumer.map(ConsumerName.short) ?? localized("(unmatched)")).padding(toLength: 12, withPad: " ", startingAt: 0)
                return "SEG-\(report.id)".padding(toLength: 9, withPad: " ", startingAt: 0) + " \(report.priority.label) "
                    + Format.duration(now - report.receivedAt).padding(toLength: 5, withPad: " ", startingAt: 0) + " \(who) "
                    + clock.padding(toLength: 12, withPad: " ", startingAt: 0) + " " + UntrustedText.line(report.title)
            }
        }
        let late = try store.burning.lateCases(at: now, limit: 3)
        if !late.isEmpty {
            lines += ["", localized("Late at the provider:")]
            lines += late.map { "SEG-C\($0.id) " + localized("late {1}", Format.duration(now - $0.dueAt)) + " " + UntrustedText.line($0.title) }
        }
        lines += ["", needsAPerson(overview) ? localized("A person is needed now: segdesk (or segdesk --open SEG-N) to act.")
                                             : localized("Nothing burns.")]
        return lines.map { line in
            var fitted = TextLayout.fit(line, 80)
            while fitted.last == " " { fitted.removeLast() }
            return fitted
        }.joined(separator: "\n")
    }

    /// Something a person must look at now: a new report, a first answer or
    /// resolution overdue, a case late at the provider, a message that
    /// failed to send, an alert no one acknowledged.
    static func needsAPerson(_ overview: Overview) -> Bool {
        overview.newIncidents > 0 || overview.slaBreaches > 0 || overview.casesLateAtProvider > 0 || overview.messagesFailed > 0
            || overview.openAlerts > 0
    }
}
