extension Store {
    /// How many of a notice's consumers its record lists: the silent first,
    /// so the ones to chase are all there; `export acks` has every one.
    public static let noticeRecordConsumers = 250

    /// A notice with its services, the first `noticeRecordConsumers` of its
    /// audience with their answers (the silent first) and the answers that
    /// came by mail.
    public func notice(id: Int64) throws -> NoticeDetail {
        guard let row = try notices.row(id: id), let facts = try notices.facts(id: id) else {
            throw StoreError.notFound(entity: .notice, id: id)
        }
        let services = try notices.serviceKeys(noticeID: id)
        let acknowledgements = try noticeAudience.answers(noticeID: id, limit: Self.noticeRecordConsumers)
        let answers = try notices.mail(noticeID: id)
        let withdrawal = try notices.withdrawal(id: id)
        return NoticeDetail(row: row, body: facts.body, services: services, environment: facts.environment,
                            announcedAt: facts.announced, publishedAt: facts.published, endsAt: facts.ends,
                            acknowledgements: acknowledgements, answers: answers,
                            reportsToJoin: try reportsBeforeOutage(noticeID: id).count,
                            freezeWindow: policy.freezeWindows.first { $0.covers(row.effectiveAt) }?.name,
                            withdrawnAt: withdrawal?.at, withdrawalReason: withdrawal?.reason)
    }
}
