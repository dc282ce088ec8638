/// What the digest and the report read across the segment's tables: the
/// counts and times they summarise, each one statement.
struct ReportRepository {
    let database: Database

    /// Every service but `except`'s (the unsorted one), by key.
    func services(except key: String) throws -> [(id: Int64, key: String)] {
        try database.rows("SELECT id, key FROM services WHERE key != ? ORDER BY key", [.text(key)]) { (id: $0.int(0), key: $0.string(1)) }
    }

    /// The id of the service with `key`, if there is one.
    func serviceID(key: String) throws -> Int64? {
        try database.first("SELECT id FROM services WHERE key = ?", [.text(key)], { $0.int(0) })
    }

    /// The first provider's name.
    func providerName() throws -> String? {
        try database.first("SELECT name FROM providers ORDER BY id LIMIT 1", [], { $0.string(0) })
    }

    /// The ten open needs with the highest score.
    func topNeeds() throws -> [ProviderDigest.TopNeed] {
        try database.rows("SELECT id, title, score, backers, status FROM needs WHERE sort_group = 0 ORDER BY sort_score, id LIMIT 10") {
            ProviderDigest.TopNeed(id: $0.int(0), title: UntrustedText.line($0.string(1)), score: $0.integer(2),
                                   backers: $0.integer(3), status: NeedStatus(rawValue: $0.string(4)) ?? .collected)
        }
    }

    /// Breaking notices published and in force (or within 30 days of taking
    /// effect) that not every consumer is ready for, by deadline.
    func breakingNotReady(at now: Int64) throws -> [ProviderDigest.NotReady] {
        try database.rows("""
            SELECT id, title, audience - done, audience, deadline FROM change_notices
            WHERE breaking = 1 AND published_at IS NOT NULL AND withdrawn_at IS NULL AND coalesce(ends_at, effective_at + 30 * 86400) >= ?1 AND done < audience
            ORDER BY coalesce(deadline, effective_at), id
            """, [.integer(now)]) {
            ProviderDigest.NotReady(id: $0.int(0), title: UntrustedText.line($0.string(1)), notReady: $0.integer(2),
                                    audience: $0.integer(3), deadline: $0.isNull(4) ? nil : $0.int(4))
        }
    }

    /// The reports received since `since`, per service.
    func reportsPerService(since: Int64) throws -> [Int64: Int] {
        Dictionary(uniqueKeysWithValues: try database.rows("SELECT service_id, count(*) FROM incidents WHERE received_at >= ? GROUP BY service_id",
                                                           [.integer(since)]) { ($0.int(0), $0.integer(1)) })
    }

    /// The cases forwarded since `since`: service, when, and the time from
    /// their first report to forwarding.
    func forwardings(since: Int64) throws -> [(service: Int64, at: Int64, seconds: Int64?)] {
        try database.rows("""
            SELECT pc.service_id, pc.forwarded_at, pc.forwarded_at - (SELECT min(received_at) FROM incidents WHERE case_id = pc.id)
            FROM provider_cases pc WHERE pc.forwarded_at >= ?
            """, [.integer(since)]) { (service: $0.int(0), at: $0.int(1), seconds: $0.isNull(2) ? nil : $0.int(2)) }
    }

    /// The reports per day and service from the kept day counts.
    func reportsPerDay(from firstDay: Int64, to lastDay: Int64, _ body: (_ day: Int64, _ service: Int64, _ reports: Int) -> Void) throws {
        try database.forEach("SELECT day, service_id, reports FROM incident_days WHERE day >= ? AND day <= ?",
                             [.integer(firstDay), .integer(lastDay)]) { body($0.int(0), $0.int(1), $0.integer(2)) }
    }

    /// The ten consumers reporting most since `since`.
    func topConsumers(since: Int64) throws -> [SegmentStatistics.ConsumerCount] {
        try database.rows("""
            SELECT c.name, c.org_number, count(*) FROM incidents i JOIN consumers c ON c.id = i.consumer_id
            WHERE i.received_at >= ? GROUP BY i.consumer_id ORDER BY 3 DESC, c.sort_name LIMIT 10
            """, [.integer(since)]) {
            SegmentStatistics.ConsumerCount(name: UntrustedText.line($0.string(0)), organisationNumber: $0.string(1), reports: $0.integer(2))
        }
    }

    /// Of the reports since `since` whose first-answer target (per priority,
    /// `targets[priority - 1]`) has passed or that were answered, how many
    /// were answered in time.
    func firstAnswersInTime(since: Int64, targets: [Int64], now: Int64) throws -> (met: Int, of: Int)? {
        try database.first("""
            SELECT sum(responded_at IS NOT NULL AND responded_at - received_at <= target), count(*) FROM (
                SELECT responded_at, received_at,
                       CASE priority WHEN 1 THEN ?2 WHEN 2 THEN ?3 WHEN 3 THEN ?4 WHEN 4 THEN ?5 ELSE ?6 END AS target
                FROM incidents WHERE received_at >= ?1)
            WHERE responded_at IS NOT NULL OR received_at + target < ?7
            """, [.integer(since)] + targets.map(SQLValue.integer) + [.integer(now)], { (met: $0.integer(0), of: $0.integer(1)) })
    }
}

/// How the provider met its targets on the cases forwarded in a period
/// that had targets: acknowledged in time of those due or acknowledged,
/// resolved in time of those due or resolved.
public struct ProviderTargetsMet: Equatable, Sendable {
    public var acknowledged: Int
    public var acknowledgeJudged: Int
    public var resolved: Int
    public var resolveJudged: Int

    /// The share as text: "acknowledged 3 of 4 cases in time, resolved 2 of 3".
    public func text(in language: Language) -> String {
        guard acknowledgeJudged + resolveJudged > 0 else { return language.text("no forwarded case with agreed targets is due yet") }
        return language.text("acknowledged {1} of {2} in time, resolved {3} of {4} in time", acknowledged, acknowledgeJudged, resolved, resolveJudged)
    }
}

extension ReportRepository {
    /// The provider's targets met on the cases forwarded since `since`, at `now`.
    func providerTargetsMet(since: Int64, now: Int64) throws -> ProviderTargetsMet {
        try database.first("""
            SELECT coalesce(sum(acknowledged_at <= provider_response_due_at), 0),
                   coalesce(sum(provider_response_due_at IS NOT NULL AND (acknowledged_at IS NOT NULL OR provider_response_due_at < ?2)), 0),
                   coalesce(sum(resolved_at <= provider_resolution_due_at), 0),
                   coalesce(sum(provider_resolution_due_at IS NOT NULL AND (resolved_at IS NOT NULL OR provider_resolution_due_at < ?2)), 0)
            FROM provider_cases WHERE forwarded_at >= ?1
            """, [.integer(since), .integer(now)], {
                ProviderTargetsMet(acknowledged: $0.integer(0), acknowledgeJudged: $0.integer(1), resolved: $0.integer(2), resolveJudged: $0.integer(3))
            }) ?? ProviderTargetsMet(acknowledged: 0, acknowledgeJudged: 0, resolved: 0, resolveJudged: 0)
    }

    /// The questions received since `since` by service and code, with how
    /// many were answered from an article, most asked first.
    func questions(since: Int64) throws -> [SegmentStatistics.Questions] {
        try database.rows("""
            SELECT s.key, i.error_code, count(*), sum(i.resolution = \(IncidentResolution.answered.sql))
            FROM incidents i INDEXED BY incidents_received JOIN services s ON s.id = i.service_id
            WHERE i.received_at >= ? AND i.kind = \(IncidentKind.question.sql)
            GROUP BY s.key, i.error_code ORDER BY count(*) DESC, s.key, i.error_code LIMIT 20
            """, [.integer(since)]) {
            SegmentStatistics.Questions(service: $0.string(0), code: $0.optionalString(1), asked: $0.integer(2), answeredFromArticle: $0.integer(3))
        }
    }

    /// The ten codes reported most since `since` that no article is about.
    func codesWithoutArticle(since: Int64) throws -> [SegmentStatistics.UncoveredCode] {
        try database.rows("""
            SELECT i.error_code, count(*) FROM incidents i INDEXED BY incidents_received
            WHERE i.received_at >= ? AND i.error_code IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM article_codes c WHERE c.code = i.error_code)
            GROUP BY i.error_code ORDER BY count(*) DESC, i.error_code LIMIT 10
            """, [.integer(since)]) { SegmentStatistics.UncoveredCode(code: $0.string(0), reports: $0.integer(1)) }
    }
}

extension Store {
    /// What the digest and the report read.
    var reports: ReportRepository { ReportRepository(database: database) }
}
