import Foundation
import SegmentCore

/// `segdesk status`: the dashboard header's counts as text, for a terminal
/// that cannot draw the dashboard (TERM=dumb), a script or a monitoring
/// check, which hears from the exit status whether a person is needed now.
struct StatusCommand: ShellCommand, Equatable {
    static let rows = [
        CommandRow(["status"], "[--db PATH]",
                   "the header's counts as text, one name and number a line (tab-separated): for scripts and terminals that cannot draw the dashboard",
                   page: { Usage.status }),
    ]

    let db: String?

    init(_ request: CommandRequest) throws { db = request.db }

    func run(_ environment: Environment) throws -> Int32 {
        let store = try openStoreForReading(try environment.databasePath(db), environment)
        let overview = try store.overview()
        let counts: [(String, Int)] = [
            ("new", overview.newIncidents), ("open", overview.openIncidents), ("overdue", overview.slaBreaches),
            ("unread_replies", overview.unreadReplies), ("unmatched", overview.unmatchedIncidents),
            ("open_cases", overview.openCases), ("late_at_provider", overview.casesLateAtProvider),
            ("grouping_proposals", overview.proposals.count),
            ("draft_notices", overview.draftNotices), ("not_ready_past_deadline", overview.consumersNotReadyPastDeadline),
            ("queued", overview.messagesQueued), ("failed_to_send", overview.messagesFailed),
            ("open_alerts", overview.openAlerts),
        ]
        print(counts.map { "\($0.0)\t\($0.1)" }.joined(separator: "\n"))
        return Self.needsAPerson(overview) ? 2 : 0
    }

    /// Something a person must look at now: a new report, a first answer or
    /// resolution overdue, a case late at the provider, a message that
    /// failed to send, an alert no one acknowledged.
    static func needsAPerson(_ overview: Overview) -> Bool {
        overview.newIncidents > 0 || overview.slaBreaches > 0 || overview.casesLateAtProvider > 0 || overview.messagesFailed > 0
            || overview.openAlerts > 0
    }
}
