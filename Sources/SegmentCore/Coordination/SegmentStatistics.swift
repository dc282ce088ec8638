/// The segment's last days in numbers, for `segdesk report` and the
/// dashboard's statistics sheet.
public struct SegmentStatistics: Equatable, Sendable {
    public struct ServiceDays: Equatable, Sendable {
        public var service: String
        /// Reports per day, oldest first, one per day of the period.
        public var perDay: [Int]
    }

    public struct ConsumerCount: Equatable, Sendable {
        public var name: String
        public var organisationNumber: String
        public var reports: Int
    }

    public struct Week: Equatable, Sendable {
        /// The Monday the week starts (UTC day start).
        public var start: Int64
        public var cases: Int
        /// Median seconds from a case's first report to its forwarding.
        public var medianToForwarding: Int64?
    }

    public var generatedAt: Int64
    public var days: Int
    public var services: [ServiceDays]
    public var topConsumers: [ConsumerCount]
    public var weeks: [Week]
    /// Reports of the period answered within the first-answer target, of
    /// those answered or overdue; nil when there are none.
    public var slaMetPercent: Double?

    /// Reports per day over every service.
    public var perDay: [Int] {
        services.reduce(into: Array(repeating: 0, count: days)) { total, service in
            for (index, count) in service.perDay.enumerated() { total[index] += count }
        }
    }
}

extension Store {
    /// The statistics of the last `days` days (today included): reports per
    /// day and service from the day counts, the ten consumers reporting
    /// most, the weekly median time to forwarding, and the share answered
    /// within the SLA's first-answer target.
    public func statistics(days: Int) throws -> SegmentStatistics {
        let today = now() / 86_400
        let firstDay = today - Int64(days) + 1
        let since = firstDay * 86_400
        let services = try database.rows("SELECT id, key FROM services WHERE key != ? ORDER BY key",
                                         [.text(Self.unsortedServiceKey)]) { (id: $0.int(0), key: $0.string(1)) }
        var perService: [Int64: [Int]] = [:]
        try database.forEach("SELECT day, service_id, reports FROM incident_days WHERE day >= ? AND day <= ?",
                             [.integer(firstDay), .integer(today)]) { row in
            perService[row.int(1), default: Array(repeating: 0, count: days)][Int(row.int(0) - firstDay)] += row.integer(2)
        }
        let top = try database.rows("""
            SELECT c.name, c.org_number, count(*) FROM incidents i JOIN consumers c ON c.id = i.consumer_id
            WHERE i.received_at >= ? GROUP BY i.consumer_id ORDER BY 3 DESC, c.sort_name LIMIT 10
            """, [.integer(since)]) {
            SegmentStatistics.ConsumerCount(name: UntrustedText.line($0.string(0)), organisationNumber: $0.string(1),
                                            reports: $0.integer(2))
        }
        let forwarded = try database.rows("""
            SELECT pc.forwarded_at, pc.forwarded_at - (SELECT min(received_at) FROM incidents WHERE case_id = pc.id)
            FROM provider_cases pc WHERE pc.forwarded_at >= ?
            """, [.integer(since)]) { (at: $0.int(0), seconds: $0.isNull(1) ? nil : $0.int(1)) }
        // 1970-01-01 was a Thursday: day 4 is the first Monday.
        let weekStart = { (time: Int64) -> Int64 in ((time / 86_400 - 4) / 7 * 7 + 4) * 86_400 }
        let weeks = Dictionary(grouping: forwarded, by: { weekStart($0.at) }).map { start, cases in
            let seconds = cases.compactMap(\.seconds).sorted()
            return SegmentStatistics.Week(start: start, cases: cases.count,
                                          medianToForwarding: seconds.isEmpty ? nil : seconds[seconds.count / 2])
        }.sorted { $0.start < $1.start }
        let targets = Priority.allCases.map { SQLValue.integer(policy.serviceLevel.firstResponse[$0] ?? 0) }
        let sla = try database.first("""
            SELECT sum(responded_at IS NOT NULL AND responded_at - received_at <= target), count(*) FROM (
                SELECT responded_at, received_at,
                       CASE priority WHEN 1 THEN ?2 WHEN 2 THEN ?3 WHEN 3 THEN ?4 WHEN 4 THEN ?5 ELSE ?6 END AS target
                FROM incidents WHERE received_at >= ?1)
            WHERE responded_at IS NOT NULL OR received_at + target < ?7
            """, [.integer(since)] + targets + [.integer(now())], { (met: $0.integer(0), of: $0.integer(1)) })
        return SegmentStatistics(
            generatedAt: now(), days: days,
            services: services.map { SegmentStatistics.ServiceDays(service: $0.key, perDay: perService[$0.id] ?? Array(repeating: 0, count: days)) },
            topConsumers: top, weeks: weeks,
            slaMetPercent: sla.flatMap { $0.of > 0 ? Double($0.met) * 100 / Double($0.of) : nil })
    }
}
