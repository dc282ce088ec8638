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
            guard let incident = try store.incidents.outageFacts(id: incidentID), incident.caseID == nil else { return nil }
            guard incident.kind == IncidentKind.error.rawValue,
                  !store.policy.knownAnswers.hasAnswer(for: incident.code) else { return nil }
            guard let notice = try store.notices.outage(service: incident.service, at: incident.receivedAt) else { return nil }
            let caseID: Int64
            if let existing = try store.cases.open(noticeID: notice.id) {
                caseID = existing
            } else if let covering = try store.cases.openWithoutNotice(serviceID: incident.service, environment: incident.environment) {
                caseID = covering
                try store.cases.attach(caseID: caseID, noticeID: notice.id)
                try store.journal(entity: .providerCase, id: caseID, action: .joinedAnnouncedOutage, after: "notice=\(notice.id)")
            } else {
                caseID = try store.addCase(title: Language.interface.text("Outage: {1}", notice.title), serviceID: incident.service,
                                     environment: ServiceEnvironment(rawValue: incident.environment) ?? .production,
                                     errorCode: nil, status: .acknowledged, providerReference: nil, openedAt: store.now(),
                                     noticeID: notice.id)
                try store.journal(entity: .providerCase, id: caseID, action: .opened, after: "status=acknowledged notice=\(notice.id)")
            }
            let (before, version, receivedAt) = try store.triageDesk.snapshot(of: incidentID)
            var after = before
            after.caseID = caseID
            after.status = .forwarded
            // The known-issue message below is the reporter's first answer; without an address there is none.
            let answers = incident.recipient.map(MailAddress.isPlausible) ?? false
            if answers && after.respondedAt == nil { after.respondedAt = store.now() }
            try store.triageDesk.write(after, to: incidentID, expectedVersion: version, receivedAt: receivedAt)
            try store.journal(entity: .incident, id: incidentID, action: .joinedAnnouncedOutage,
                        before: before.journalText, after: after.journalText + " notice=\(notice.id)")
            if answers, let recipient = incident.recipient {
                let message = ReporterMessages.knownIssue(ReportQuote(incidentID: incidentID, externalID: incident.reference, title: ""),
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
