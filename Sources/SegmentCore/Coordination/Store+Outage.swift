extension Store {
    /// The periods of the provider's active deviation (outage) notices, per
    /// service: read once before an import, so only an incident received
    /// inside one is looked at again.
    func announcedOutages() throws -> AnnouncedOutages {
        var periods: [Int64: [ClosedRange<Int64>]] = [:]
        try database.forEach("""
            SELECT ns.service_id, n.effective_at, coalesce(n.ends_at, 9223372036854775807)
            FROM change_notices n JOIN notice_services ns ON ns.notice_id = n.id
            WHERE n.kind = 'deviation' AND coalesce(n.ends_at, 9223372036854775807) >= n.effective_at
            """) { periods[$0.int(0), default: []].append($0.int(1)...$0.int(2)) }
        return AnnouncedOutages(periods: periods)
    }

    /// When the provider has announced an outage on the incident's service
    /// covering the time it was received, the incident joins that notice's
    /// provider case and the known-issue answer is queued for its reporter.
    /// The notice's case is the open case already covering the service, else
    /// one opened on first use; the provider knows of it, so the incident is
    /// held by the provider (our clock stops). A question, a change request
    /// and a code with a known answer (not a fault) are left for the operator.
    /// Returns the case id, or nil when the incident does not join.
    @discardableResult
    public func joinAnnouncedOutage(incidentID: Int64) throws -> Int64? {
        try database.inTransaction {
            guard let incident = try database.first("""
                SELECT i.service_id, i.environment, i.received_at, i.case_id, i.external_id, \(Self.replyAddress), i.kind,
                       i.error_code, \(Self.reporterLanguage)
                FROM incidents i WHERE i.id = ? AND i.sort_group < \(IncidentOrder.doneGroup)
                """, [.integer(incidentID)], {
                    (service: $0.int(0), environment: $0.string(1), receivedAt: $0.int(2), caseID: $0.optionalInt(3),
                     reference: $0.string(4), recipient: $0.optionalString(5), kind: $0.string(6), code: $0.optionalString(7),
                     language: $0.language(8))
                }), incident.caseID == nil else { return nil }
            guard incident.kind == IncidentKind.error.rawValue,
                  incident.code.flatMap(policy.knownAnswers.answer(for:)) == nil else { return nil }
            guard let notice = try database.first("""
                SELECT n.id, n.title, n.ends_at FROM change_notices n JOIN notice_services ns ON ns.notice_id = n.id
                WHERE ns.service_id = ? AND n.kind = 'deviation' AND n.effective_at <= ?
                  AND (n.ends_at IS NULL OR n.ends_at >= ?)
                ORDER BY n.effective_at DESC LIMIT 1
                """, [.integer(incident.service), .integer(incident.receivedAt), .integer(incident.receivedAt)], {
                    (id: $0.int(0), title: $0.string(1), endsAt: $0.isNull(2) ? nil : $0.int(2))
                }) else { return nil }
            let caseID: Int64
            if let existing = try database.first(
                "SELECT id FROM provider_cases WHERE notice_id = ? AND sort_group = 0 LIMIT 1", [.integer(notice.id)], { $0.int(0) }) {
                caseID = existing
            } else if let covering = try database.first("""
                SELECT id FROM provider_cases WHERE sort_group = 0 AND notice_id IS NULL AND service_id = ? AND environment = ?
                ORDER BY opened_at DESC LIMIT 1
                """, [.integer(incident.service), .text(incident.environment)], { $0.int(0) }) {
                caseID = covering
                try database.run("UPDATE provider_cases SET notice_id = ?, version = version + 1 WHERE id = ?",
                                 [.integer(notice.id), .integer(caseID)])
                try journal(entity: .providerCase, id: caseID, action: "joined announced outage", after: "notice=\(notice.id)")
            } else {
                caseID = try addCase(title: "Outage: \(notice.title)", serviceID: incident.service,
                                     environment: ServiceEnvironment(rawValue: incident.environment) ?? .production,
                                     errorCode: nil, status: .acknowledged, providerReference: nil, openedAt: now(),
                                     noticeID: notice.id)
                try journal(entity: .providerCase, id: caseID, action: "opened", after: "status=acknowledged notice=\(notice.id)")
            }
            let (before, version, receivedAt) = try snapshot(of: incidentID)
            var after = before
            after.caseID = caseID
            after.status = .forwarded
            if after.respondedAt == nil { after.respondedAt = now() }
            try write(after, to: incidentID, expectedVersion: version, receivedAt: receivedAt)
            try journal(entity: .incident, id: incidentID, action: "joined announced outage",
                        before: before.journalText, after: after.journalText + " notice=\(notice.id)")
            if let recipient = incident.recipient, MailAddress.isPlausible(recipient) {
                let message = ReporterMessages.knownIssue(ReportQuote(incidentID: incidentID, reference: incident.reference, title: ""),
                                                          noticeTitle: notice.title, endsAt: notice.endsAt, in: incident.language)
                try queueMessage(to: recipient, subject: message.subject, body: message.body, entity: .incident, entityID: incidentID)
            }
            return caseID
        }
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
            WHERE n.id = ? AND n.kind = 'deviation' AND coalesce(n.ends_at, ?2) >= ?2
              AND i.received_at >= n.effective_at AND i.received_at <= coalesce(n.ends_at, ?2)
              AND i.case_id IS NULL AND i.sort_group < \(IncidentOrder.doneGroup) AND i.kind = 'error'
            ORDER BY i.received_at
            """, [.integer(noticeID), .integer(now())]) { $0.int(0) }
    }

    /// Takes the open reports that came before the outage was announced into
    /// its case, as if they had arrived after it (each reporter gets the
    /// known-issue answer). Returns how many joined.
    @discardableResult
    public func joinReportsBeforeOutage(noticeID: Int64) throws -> Int {
        try database.inTransaction {
            var joined = 0
            for id in try reportsBeforeOutage(noticeID: noticeID) where try joinAnnouncedOutage(incidentID: id) != nil {
                joined += 1
            }
            return joined
        }
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
