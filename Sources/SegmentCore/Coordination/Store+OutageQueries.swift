extension Store {
    /// The periods of the provider's active deviation (outage) notices, per
    /// service: read once before an import, so only an incident received
    /// inside one is looked at again.
    func announcedOutages() throws -> AnnouncedOutages {
        var periods: [Int64: [ClosedRange<Int64>]] = [:]
        try database.forEach("""
            SELECT ns.service_id, n.effective_at, coalesce(n.ends_at, 9223372036854775807)
            FROM change_notices n JOIN notice_services ns ON ns.notice_id = n.id
            WHERE n.kind = \(NoticeKind.deviation.sql) AND coalesce(n.ends_at, 9223372036854775807) >= n.effective_at
            """) { periods[$0.int(0), default: []].append($0.int(1)...$0.int(2)) }
        return AnnouncedOutages(periods: periods)
    }
}

extension Store {
    /// Open error reports an outage notice in force covers but that came
    /// before it was announced: on its services, received since it began,
    /// in no case. Empty for any other notice.
    public func reportsBeforeOutage(noticeID: Int64) throws -> [Int64] {
        try database.rows("""
            SELECT i.id FROM change_notices n JOIN notice_services ns ON ns.notice_id = n.id
            JOIN incidents i ON i.service_id = ns.service_id
            WHERE n.id = ? AND n.kind = \(NoticeKind.deviation.sql) AND coalesce(n.ends_at, ?2) >= ?2
              AND i.received_at >= n.effective_at AND i.received_at <= coalesce(n.ends_at, ?2)
              AND i.case_id IS NULL AND i.sort_group < \(IncidentOrder.doneGroup) AND i.kind = \(IncidentKind.error.sql)
            ORDER BY i.received_at
            """, [.integer(noticeID), .integer(now())]) { $0.int(0) }
    }
}

/// When the provider has announced outages, by service.
struct AnnouncedOutages {
    let periods: [Int64: [ClosedRange<Int64>]]

    /// Whether an outage on `service` covers the moment `time`.
    func cover(service: Int64, at time: Int64) -> Bool {
        periods[service]?.contains { $0.contains(time) } ?? false
    }
}
