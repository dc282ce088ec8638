/// The header's counts across the segment's tables, each read from counts
/// the triggers keep or from a partial or covering index.
struct OverviewRepository {
    let database: Database

    /// How many open incidents have an unread reply, read from the index that
    /// holds only incidents with one. The `+` keeps the group from being a
    /// search term: with it, SQLite would rather walk every open incident
    /// (28 ms among a million).
    static let openUnreadRepliesCount =
        "SELECT count(*) FROM incidents WHERE reply_unread_at IS NOT NULL AND +sort_group < \(IncidentOrder.doneGroup)"

    /// Open incidents whose SLA ran out before `?1`: the hours kept whole
    /// before it, and the open incidents due in its hour read from the index.
    static let openSLABreachesCount = """
        SELECT (SELECT coalesce(sum(incidents), 0) FROM open_incident_due_hours WHERE hour < ?1 / 3600)
             + (SELECT count(*) FROM incidents
                WHERE sort_group < \(IncidentOrder.doneGroup) AND sla_due_at >= ?1 / 3600 * 3600 AND sla_due_at < ?1)
        """

    /// Consumers that have not answered a notice whose deadline passed
    /// before `?1` (for a breaking change: are not ready). The notices are
    /// read first (CROSS JOIN keeps that order), then each one's answers by
    /// its key: left to itself, SQLite walked all 427,000 answers of a
    /// segment of 2,000 consumers and 200 notices (82 ms).
    static let consumersNotReadyCount = """
        SELECT count(DISTINCT a.consumer_id) FROM change_notices n CROSS JOIN notice_acknowledgements a ON a.notice_id = n.id
        WHERE n.published_at IS NOT NULL AND n.withdrawn_at IS NULL AND n.deadline < ?1 AND coalesce(n.ends_at, n.effective_at + 30 * 86400) >= ?1
          AND CASE WHEN n.breaking = 1 THEN a.state NOT IN \([AcknowledgementState.ready, .notAffected].sql) ELSE a.state = \(AcknowledgementState.pending.sql) END
        """

    /// Open cases with the provider past its target at `?1`; open cases are
    /// few, read by the index of the pane's order.
    static let casesLateAtProviderCount = """
        SELECT count(*) FROM provider_cases WHERE sort_group = 0 AND forwarded_at IS NOT NULL
          AND ((acknowledged_at IS NULL AND provider_response_due_at < ?1) OR provider_resolution_due_at < ?1)
        """

    /// Messages waiting to be sent, from the covering index of unsent statuses.
    static let queuedMessagesCount = "SELECT count(*) FROM outbox WHERE status != \(OutboxMessage.Status.sent.sql) AND status = \(OutboxMessage.Status.queued.sql)"

    /// Consumers per onboarding stage, from the covering index of stages.
    static let consumersByStageCount = "SELECT stage, count(*) FROM consumers GROUP BY stage"

    /// The header's counts at `now`; the proposals, agreement and what the
    /// store knows of itself are filled in by the caller.
    func counts(at now: Int64, unsortedServiceKey: String) throws -> Overview {
        var overview = Overview(
            newIncidents: try database.scalar("SELECT coalesce(sum(incidents), 0) FROM open_incident_statuses WHERE status = \(IncidentStatus.new.sql)"),
            openIncidents: try database.scalar("SELECT coalesce(sum(incidents), 0) FROM open_incident_statuses"),
            slaBreaches: try database.scalar(Self.openSLABreachesCount, [.integer(now)]),
            openCases: try database.scalar("SELECT count(*) FROM provider_cases WHERE sort_group = 0"),
            consumersNotReadyPastDeadline: try database.scalar(Self.consumersNotReadyCount, [.integer(now)]),
            draftNotices: try database.scalar("SELECT count(*) FROM change_notices WHERE published_at IS NULL"),
            medianNoticeLeadTime: try database.first("""
                SELECT effective_at - published_at FROM change_notices WHERE published_at IS NOT NULL ORDER BY 1
                LIMIT 1 OFFSET (SELECT count(*) / 2 FROM change_notices WHERE published_at IS NOT NULL)
                """, [], { $0.int(0) }),
            messagesQueued: try database.scalar(Self.queuedMessagesCount),
            messagesFailed: try database.scalar("""
                SELECT count(*) FROM outbox WHERE status != \(OutboxMessage.Status.sent.sql) AND status IN \([OutboxMessage.Status.failed, .uncertain].sql)
                """),
            unmatchedIncidents: try database.scalar(
                "SELECT count(*) FROM incidents WHERE consumer_id IS NULL AND sort_group < \(IncidentOrder.doneGroup)"),
            unreadReplies: try database.scalar(Self.openUnreadRepliesCount),
            services: try database.scalar("SELECT count(*) FROM services WHERE key != ?", [.text(unsortedServiceKey)]),
            consumersByStage: Dictionary(uniqueKeysWithValues: try database.rows(Self.consumersByStageCount) { row -> (OnboardingStage, Int)? in
                OnboardingStage(rawValue: row.string(0)).map { ($0, row.integer(1)) }
            }.compactMap { $0 }))
        overview.casesLateAtProvider = try database.scalar(Self.casesLateAtProviderCount, [.integer(now)])
        overview.openAlerts = try database.scalar("SELECT count(*) FROM alerts WHERE acknowledged_at IS NULL")
        return overview
    }
}
