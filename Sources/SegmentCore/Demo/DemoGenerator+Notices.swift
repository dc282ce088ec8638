extension DemoGenerator {
    /// Notices of every kind, each published to the consumers that use its
    /// service, some of whom have answered (on breaking ones, some are ready);
    /// and one draft not yet published, for `:publish` to try.
    mutating func addNotices(provider: Int64) throws {
        let plan: [(NoticeKind, String, Bool, Int64, Int)] = [
            (.interfaceChange, "Inntekt API v1 fases ut; v2 påkrevd", true, 60, 0),
            (.interfaceChange, "Nytt obligatorisk felt 'formaal' i forespørsel", true, 21, 0),
            (.interfaceChange, "Ny valgfri parameter for inntektsperiode", false, 14, 0),
            (.datasetChange, "Skattegrunnlag for 2025 tilgjengelig", false, 5, 1),
            (.datasetChange, "Endret kodeliste for inntektstyper", true, 30, 1),
            (.deviation, "Driftsavvik: forsinkede svar fra Tilgjengelige data", false, 0, 2),
            (.deviation, "Ustabil autorisasjon i testmiljøet", false, -3, 3),
            (.maintenance, "Planlagt vedlikehold søndag 02:00-04:00", false, 9, 0),
            (.maintenance, "Sertifikatbytte på API-gateway", true, 12, 3),
            (.regulatory, "Ny forskrift om bruk av inntektsopplysninger ved kredittvurdering", false, 45, 0),
            (.regulatory, "Presisering av formålsbegrensning for samtykke", false, -20, 1),
            (.datasetChange, "Rettet feil i historiske inntekter 2023", false, -40, 0),
            (.information, "Veiledning: slik dokumenterer dere samtykke", false, 3, 0),
            (.consultation, "Høring: forslag om nytt felt for lånebeløp i forespørselen", false, 50, 0),
        ]
        for (kind, title, breaking, offsetDays, serviceIndex) in plan {
            let service = services[serviceIndex]
            let affected = consumersByService[service] ?? []
            let effective = now + offsetDays * Self.day
            let published = min(now - Self.day, effective - 7 * Self.day)
            let active = offsetDays >= 0 || kind == .deviation && offsetDays > -5
            let share = active ? Double(random.int(30...90)) / 100 : 1.0
            var acknowledged: [Int64: Int64] = [:]
            for consumer in affected where random.chance(share) {
                acknowledged[consumer] = min(published + Int64(random.int(3600...(5 * 86_400))), now - 60)
            }
            let id = try store.addNotice(
                providerID: provider, kind: kind, title: title,
                body: "\(title).\n\nBerørt tjeneste: se liste. Ta kontakt med segmentansvarlig ved spørsmål.",
                breaking: breaking, announcedAt: published, publishedAt: published, effectiveAt: effective,
                endsAt: kind == .deviation || kind == .maintenance ? effective + 4 * 3600 : nil,
                deadline: breaking || kind == .consultation ? effective - 7 * Self.day : nil,
                serviceIDs: [service], consumerIDs: affected, acknowledged: acknowledged)
            if breaking { try markSomeReady(notice: id, of: acknowledged.keys.sorted()) }
            try journalEntry(at: published, who: random.pick(Self.operators), entity: .notice, id: id,
                             action: .published, before: "status=draft", after: "messages=\(affected.count)")
        }
        let draft = try store.addNotice(
            providerID: provider, kind: .maintenance, title: "Planlagt vedlikehold av testmiljøet lørdag 22:00-02:00",
            body: "Testmiljøet for Inntekt API er utilgjengelig i vedlikeholdsvinduet.", breaking: false,
            announcedAt: now - 3600, publishedAt: nil, effectiveAt: now + 12 * Self.day, endsAt: now + 12 * Self.day + 4 * 3600,
            environment: .test, serviceIDs: [services[0]],
            consumerIDs: try store.notices.consumers(in: NoticeAudience(serviceIDs: [services[0]], environment: .test)), acknowledged: [:])
        try journalEntry(at: now - 3600, who: random.pick(Self.operators), entity: .notice, id: draft, action: .imported,
                         before: nil, after: "file=ske-varsler.jsonl status=draft")
    }

    /// Half of those who answered a breaking notice have said they are ready.
    private mutating func markSomeReady(notice: Int64, of answered: [Int64]) throws {
        for consumer in answered where random.chance(0.5) {
            try store.noticeAudience.markReady(noticeID: notice, consumerID: consumer, note: "Testet i testmiljøet")
        }
        try store.noticeAudience.recount(notice)
    }
}
