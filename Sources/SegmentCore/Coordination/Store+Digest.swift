extension Store {
    /// The digest for the provider (the first registered when there are
    /// several) over the last `days` days. Every part is read by an index.
    public func digest(days: Int) throws -> ProviderDigest {
        let since = now() - Int64(days) * 86_400
        let provider = try database.first("SELECT name FROM providers ORDER BY id LIMIT 1", [], { $0.string(0) }) ?? "the provider"
        let cases = try cases.open()
            .sorted { ($0.affectedConsumers, $1.id) > ($1.affectedConsumers, $0.id) }
            .prefix(15).map { row in
                ProviderDigest.OpenCase(id: row.id, title: UntrustedText.line(row.title), service: row.serviceKey, status: row.status,
                                        consumers: row.affectedConsumers,
                                        daysAtProvider: row.forwardedAt.map { Int((now() - $0) / 86_400) })
            }
        let needs = try database.rows("""
            SELECT id, title, score, backers, status FROM needs WHERE sort_group = 0 ORDER BY sort_score, id LIMIT 10
            """) {
            ProviderDigest.TopNeed(id: $0.int(0), title: UntrustedText.line($0.string(1)), score: $0.integer(2),
                                   backers: $0.integer(3), status: NeedStatus(rawValue: $0.string(4)) ?? .collected)
        }
        let notices = try database.rows("""
            SELECT id, title, audience - done, audience, deadline FROM change_notices
            WHERE breaking = 1 AND published_at IS NOT NULL AND coalesce(ends_at, effective_at + 30 * 86400) >= ?1 AND done < audience
            ORDER BY coalesce(deadline, effective_at), id
            """, [.integer(now())]) {
            ProviderDigest.NotReady(id: $0.int(0), title: UntrustedText.line($0.string(1)), notReady: $0.integer(2),
                                    audience: $0.integer(3), deadline: $0.isNull(4) ? nil : $0.int(4))
        }
        let counts = Dictionary(uniqueKeysWithValues: try database.rows("""
            SELECT service_id, count(*) FROM incidents WHERE received_at >= ? GROUP BY service_id
            """, [.integer(since)]) { ($0.int(0), $0.integer(1)) })
        let forwardings = try database.rows("""
            SELECT pc.service_id, pc.forwarded_at - (SELECT min(received_at) FROM incidents WHERE case_id = pc.id)
            FROM provider_cases pc WHERE pc.forwarded_at >= ?
            """, [.integer(since)]) { (service: $0.int(0), seconds: $0.isNull(1) ? nil : $0.int(1)) }
        let services = try database.rows("SELECT id, key FROM services WHERE key != ? ORDER BY key",
                                         [.text(Self.unsortedServiceKey)]) { (id: $0.int(0), key: $0.string(1)) }
        return ProviderDigest(
            generatedAt: now(), days: days, providerName: UntrustedText.line(provider), cases: Array(cases), needs: needs,
            notices: notices,
            services: services.map { service in
                let seconds = forwardings.filter { $0.service == service.id }.compactMap(\.seconds).sorted()
                return ProviderDigest.ServiceWeek(service: service.key, incidents: counts[service.id] ?? 0,
                                                  medianToForwarding: seconds.isEmpty ? nil : seconds[seconds.count / 2])
            })
    }
}
