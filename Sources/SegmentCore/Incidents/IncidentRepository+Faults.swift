extension IncidentRepository {
    /// An incident's fingerprint and title: service, environment, error code.
    func fingerprint(id: Int64) throws -> (service: Int64, environment: String, code: String?, title: String)? {
        try database.first("SELECT service_id, environment, error_code, title FROM incidents WHERE id = ?", [.integer(id)], {
            (service: $0.int(0), environment: $0.string(1), code: $0.optionalString(2), title: $0.string(3))
        })
    }

    /// The open reports in no case with this fingerprint received since `since`, oldest first.
    func ungrouped(serviceID: Int64, environment: String, errorCode: String, since: Int64) throws -> [Int64] {
        try database.rows("""
            SELECT id FROM incidents WHERE service_id = ? AND environment = ? AND error_code = ? AND received_at >= ?
              AND case_id IS NULL AND sort_group < \(IncidentOrder.doneGroup) ORDER BY received_at
            """, [.integer(serviceID), .text(environment), .text(errorCode), .integer(since)]) { $0.int(0) }
    }

    /// Faults at least `minimumConsumers` consumers reported since `since`
    /// that no open case covers, the most consumers first; reports on the
    /// service `except` (the unsorted one) aside.
    func ungroupedFaults(since: Int64, except key: String, minimumConsumers: Int)
        throws -> [(service: Int64, serviceKey: String, environment: String, code: String, consumers: Int, reports: Int)] {
        try database.rows("""
            SELECT i.service_id, s.key, i.environment, i.error_code, count(DISTINCT i.consumer_id), count(*)
            FROM incidents i INDEXED BY incidents_recent_faults JOIN services s ON s.id = i.service_id
            WHERE i.received_at >= ? AND i.error_code IS NOT NULL AND i.case_id IS NULL AND i.sort_group < \(IncidentOrder.doneGroup)
              AND i.consumer_id IS NOT NULL AND s.key != ?
              AND NOT EXISTS (SELECT 1 FROM provider_cases pc WHERE pc.sort_group = 0 AND pc.service_id = i.service_id
                              AND pc.environment = i.environment AND pc.error_code = i.error_code)
            GROUP BY i.service_id, i.environment, i.error_code
            HAVING count(DISTINCT i.consumer_id) >= ?
            ORDER BY count(DISTINCT i.consumer_id) DESC
            """, [.integer(since), .text(key), .integer(Int64(minimumConsumers))]) {
            (service: $0.int(0), serviceKey: $0.string(1), environment: $0.string(2), code: $0.string(3), consumers: $0.integer(4),
             reports: $0.integer(5))
        }
    }

    /// How many consumers reported an incident's fingerprint within `window` seconds of it.
    func consumersWithSameFault(as id: Int64, within window: Int64) throws -> Int {
        try database.scalar("""
            SELECT count(DISTINCT o.consumer_id) FROM incidents i JOIN incidents o
              ON o.service_id = i.service_id AND o.environment = i.environment AND o.error_code = i.error_code
             AND o.received_at BETWEEN i.received_at - ?2 AND i.received_at + ?2
            WHERE i.id = ?1
            """, [.integer(id), .integer(window)])
    }

    /// An incident without an error code: service, environment, when received and title.
    func withoutCode(id: Int64) throws -> (service: Int64, environment: String, receivedAt: Int64, title: String)? {
        try database.first("SELECT service_id, environment, received_at, title FROM incidents WHERE id = ? AND error_code IS NULL",
                           [.integer(id)], { (service: $0.int(0), environment: $0.string(1), receivedAt: $0.int(2), title: $0.string(3)) })
    }

    /// Up to 500 reports without an error code on the same service and
    /// environment received between `from` and `to`, but `id`, newest first,
    /// read by the fingerprint index.
    func codelessNeighbours(of id: Int64, service: Int64, environment: String, from: Int64, to: Int64)
        throws -> [(report: SimilarReport, consumerID: Int64?)] {
        try database.rows("""
            SELECT i.id, i.consumer_id, i.title, i.received_at FROM incidents i INDEXED BY incidents_fingerprint
            WHERE i.service_id = ? AND i.environment = ? AND i.error_code IS NULL
              AND i.received_at BETWEEN ? AND ? AND i.id != ?
            ORDER BY i.received_at DESC LIMIT 500
            """, [.integer(service), .text(environment), .integer(from), .integer(to), .integer(id)]) {
            (report: SimilarReport(id: $0.int(0), consumerName: nil, title: $0.string(2), receivedAt: $0.int(3)),
             consumerID: $0.isNull(1) ? nil : $0.int(1))
        }
    }

    /// Open error reports in no case on a notice's services, received since
    /// it took effect (and before it ended, when it has), oldest first.
    func reportsBeforeOutage(noticeID: Int64, now: Int64) throws -> [Int64] {
        try database.rows("""
            SELECT i.id FROM change_notices n JOIN notice_services ns ON ns.notice_id = n.id
            JOIN incidents i ON i.service_id = ns.service_id
            WHERE n.id = ? AND n.kind = \(NoticeKind.deviation.sql) AND n.withdrawn_at IS NULL AND coalesce(n.ends_at, ?2) >= ?2
              AND i.received_at >= n.effective_at AND i.received_at <= coalesce(n.ends_at, ?2)
              AND i.case_id IS NULL AND i.sort_group < \(IncidentOrder.doneGroup) AND i.kind = \(IncidentKind.error.sql)
            ORDER BY i.received_at
            """, [.integer(noticeID), .integer(now)]) { $0.int(0) }
    }

    /// Makes this connection's view of the full-text index's terms, which
    /// `terms` reads (it lives in `temp`, never in the file). Its `instance`
    /// kind yields a term without first counting the incidents that hold it,
    /// which for a common term means reading a million entries.
    func openTermList() throws {
        try database.execute("""
            CREATE VIRTUAL TABLE IF NOT EXISTS temp.incidents_fts_terms USING fts5vocab(main, incidents_fts, instance)
            """)
    }

    /// The index's terms that start with `prefix`, in order, or nil when
    /// there are more than `limit`; each found by one seek past the one before.
    func terms(startingWith prefix: String, limit: Int) throws -> [String]? {
        let end = SQLValue.text(prefix + "\u{10FFFF}")
        var terms: [String] = []
        var from = prefix
        while let term = try database.first("""
            SELECT term FROM temp.incidents_fts_terms WHERE term >= ? AND term < ? LIMIT 1
            """, [.text(from), end], { $0.string(0) }) {
            guard terms.count < limit else { return nil }
            terms.append(term)
            from = term + "\u{1}"
        }
        return terms
    }
}
