/// The segment's last days in numbers, for `segdesk report` and the
/// dashboard's statistics sheet.
public struct SegmentStatistics: Equatable, Sendable {
    public struct ServiceDays: Equatable, Sendable {
        /// The service's key; nil for reports no known service was named for.
        public var service: String?
        /// Reports per day, oldest first, one per day of the period.
        public var perDay: [Int]
    }

    public struct ConsumerCount: Equatable, Sendable {
        public var name: String
        public var organisationNumber: String
        public var reports: Int
    }

    /// The questions of one service and code, and how many an article answered.
    public struct Questions: Equatable, Sendable {
        public var service: String
        public var code: String?
        public var asked: Int
        public var answeredFromArticle: Int
    }

    /// A code the segment reported often that no article is about.
    public struct UncoveredCode: Equatable, Sendable {
        public var code: String
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
    /// How the provider met its targets on the cases forwarded in the period.
    public var providerTargets = ProviderTargetsMet(acknowledged: 0, acknowledgeJudged: 0, resolved: 0, resolveJudged: 0)
    /// The period's questions by service and code, most asked first.
    public var questions: [Questions] = []
    /// The ten codes reported most in the period that no article is about.
    public var uncoveredCodes: [UncoveredCode] = []

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
        let services = try reports.services(except: Self.unsortedServiceKey)
        let unsorted = try reports.serviceID(key: Self.unsortedServiceKey)
        var perService: [Int64: [Int]] = [:]
        try reports.reportsPerDay(from: firstDay, to: today) { day, service, count in
            perService[service, default: Array(repeating: 0, count: days)][Int(day - firstDay)] += count
        }
        let top = try reports.topConsumers(since: since)
        let forwarded = try reports.forwardings(since: since)
        // 1970-01-01 was a Thursday: day 4 is the first Monday.
        let weekStart = { (time: Int64) -> Int64 in ((time / 86_400 - 4) / 7 * 7 + 4) * 86_400 }
        let weeks = Dictionary(grouping: forwarded, by: { weekStart($0.at) }).map { start, cases in
            let seconds = cases.compactMap(\.seconds).sorted()
            return SegmentStatistics.Week(start: start, cases: cases.count,
                                          medianToForwarding: seconds.isEmpty ? nil : seconds[seconds.count / 2])
        }.sorted { $0.start < $1.start }
        let sla = try reports.firstAnswersInTime(since: since, targets: Priority.allCases.map { policy.serviceLevel.firstResponse[$0] ?? 0 },
                                                 now: now())
        var statistics = SegmentStatistics(
            generatedAt: now(), days: days,
            // Reports no known service was named for count too, as their own line.
            services: services.map { SegmentStatistics.ServiceDays(service: $0.key, perDay: perService[$0.id] ?? Array(repeating: 0, count: days)) }
                + (unsorted.flatMap { perService[$0] }.map { [SegmentStatistics.ServiceDays(service: nil, perDay: $0)] } ?? []),
            topConsumers: top, weeks: weeks,
            slaMetPercent: sla.flatMap { $0.of > 0 ? Double($0.met) * 100 / Double($0.of) : nil },
            providerTargets: try reports.providerTargetsMet(since: since, now: now()))
        statistics.questions = try reports.questions(since: since)
        statistics.uncoveredCodes = try reports.codesWithoutArticle(since: since)
        return statistics
    }
}
