extension Store {
    /// The digest for the provider (the first registered when there are
    /// several) over the last `days` days. Every part is read by an index.
    public func digest(days: Int) throws -> ProviderDigest {
        let since = now() - Int64(days) * 86_400
        let provider = try reports.providerName() ?? "the provider"
        let cases = try cases.open()
            .sorted { ($0.affectedConsumers, $1.id) > ($1.affectedConsumers, $0.id) }
            .prefix(15).map { row in
                ProviderDigest.OpenCase(id: row.id, title: UntrustedText.line(row.title), service: row.serviceKey, status: row.status,
                                        consumers: row.affectedConsumers,
                                        daysAtProvider: row.forwardedAt.map { Int((now() - $0) / 86_400) })
            }
        let needs = try reports.topNeeds()
        let notices = try reports.breakingNotReady(at: now())
        let counts = try reports.reportsPerService(since: since)
        let forwardings = try reports.forwardings(since: since)
        let services = try reports.services(except: Self.unsortedServiceKey)
        return ProviderDigest(
            generatedAt: now(), days: days, providerName: UntrustedText.line(provider), cases: Array(cases), needs: needs,
            notices: notices,
            services: services.map { service in
                let seconds = forwardings.filter { $0.service == service.id }.compactMap(\.seconds).sorted()
                return ProviderDigest.ServiceWeek(service: service.key, incidents: counts[service.id] ?? 0,
                                                  medianToForwarding: seconds.isEmpty ? nil : seconds[seconds.count / 2])
            }, providerTargets: try reports.providerTargetsMet(since: since, now: now()))
    }
}
