/// Reports of a fault the provider has announced: an incident received
/// during an announced outage joins the outage's provider case and its
/// reporter gets the known-issue answer at once. A workflow over a store,
/// run by every intake (file, mail, phone) and by `:join` on a notice.
public struct OutageJoin {
    let store: Store

    public init(store: Store) {
        self.store = store
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
    public func join(incidentID: Int64) throws -> Int64? {
        try store.database.inTransaction {
            guard let incident = try store.database.first("""
                SELECT i.service_id, i.environment, i.received_at, i.case_id, i.external_id, \(Store.replyAddress), i.kind,
                       i.error_code, \(Store.reporterLanguage)
                FROM incidents i WHERE i.id = ? AND i.sort_group < \(IncidentOrder.doneGroup)
                """, [.integer(incidentID)], {
                    (service: $0.int(0), environment: $0.string(1), receivedAt: $0.int(2), caseID: $0.optionalInt(3),
                     reference: $0.string(4), recipient: $0.optionalString(5), kind: $0.string(6), code: $0.optionalString(7),
                     language: $0.language(8))
                }), incident.caseID == nil else { return nil }
            guard incident.kind == IncidentKind.error.rawValue,
                  incident.code.flatMap(store.policy.knownAnswers.answer(for:)) == nil else { return nil }
            guard let notice = try store.database.first("""
                SELECT n.id, n.title, n.ends_at FROM change_notices n JOIN notice_services ns ON ns.notice_id = n.id
                WHERE ns.service_id = ? AND n.kind = \(NoticeKind.deviation.sql) AND n.effective_at <= ?
                  AND (n.ends_at IS NULL OR n.ends_at >= ?)
                ORDER BY n.effective_at DESC LIMIT 1
                """, [.integer(incident.service), .integer(incident.receivedAt), .integer(incident.receivedAt)], {
                    (id: $0.int(0), title: $0.string(1), endsAt: $0.isNull(2) ? nil : $0.int(2))
                }) else { return nil }
            let caseID: Int64
            if let existing = try store.cases.open(noticeID: notice.id) {
                caseID = existing
            } else if let covering = try store.cases.openWithoutNotice(serviceID: incident.service, environment: incident.environment) {
                caseID = covering
                try store.cases.attach(caseID: caseID, noticeID: notice.id)
                try store.journal(entity: .providerCase, id: caseID, action: .joinedAnnouncedOutage, after: "notice=\(notice.id)")
            } else {
                caseID = try store.addCase(title: "Outage: \(notice.title)", serviceID: incident.service,
                                     environment: ServiceEnvironment(rawValue: incident.environment) ?? .production,
                                     errorCode: nil, status: .acknowledged, providerReference: nil, openedAt: store.now(),
                                     noticeID: notice.id)
                try store.journal(entity: .providerCase, id: caseID, action: .opened, after: "status=acknowledged notice=\(notice.id)")
            }
            let (before, version, receivedAt) = try store.snapshot(of: incidentID)
            var after = before
            after.caseID = caseID
            after.status = .forwarded
            if after.respondedAt == nil { after.respondedAt = store.now() }
            try store.write(after, to: incidentID, expectedVersion: version, receivedAt: receivedAt)
            try store.journal(entity: .incident, id: incidentID, action: .joinedAnnouncedOutage,
                        before: before.journalText, after: after.journalText + " notice=\(notice.id)")
            if let recipient = incident.recipient, MailAddress.isPlausible(recipient) {
                let message = ReporterMessages.knownIssue(ReportQuote(incidentID: incidentID, reference: incident.reference, title: ""),
                                                          noticeTitle: notice.title, endsAt: notice.endsAt, in: incident.language)
                try store.outbox.queue(to: recipient, subject: message.subject, body: message.body, entity: .incident, entityID: incidentID)
            }
            return caseID
        }
    }

    /// Takes the open reports that came before the outage was announced into
    /// its case, as if they had arrived after it (each reporter gets the
    /// known-issue answer). Returns how many joined.
    @discardableResult
    public func joinReportsBefore(noticeID: Int64) throws -> Int {
        try store.database.inTransaction {
            var joined = 0
            for id in try store.reportsBeforeOutage(noticeID: noticeID) where try join(incidentID: id) != nil {
                joined += 1
            }
            return joined
        }
    }
}
