/// A notice the operator writes in the dashboard: what it is, about which
/// services, from when.
public struct NoticeDraft: Equatable, Sendable {
    public var kind: NoticeKind
    public var title: String
    public var body: String
    public var serviceKeys: [String]
    public var effectiveAt: Int64
    public var deadline: Int64?
    public var breaking: Bool
    /// When an outage or maintenance is over, when known.
    public var endsAt: Int64?
    /// The environment it concerns: its audience are the consumers that use it.
    public var environment: ServiceEnvironment

    public init(kind: NoticeKind, title: String, body: String, serviceKeys: [String], effectiveAt: Int64, deadline: Int64?,
                breaking: Bool, endsAt: Int64? = nil, environment: ServiceEnvironment = .production) {
        self.kind = kind
        self.title = title
        self.body = body
        self.serviceKeys = serviceKeys
        self.effectiveAt = effectiveAt
        self.deadline = deadline
        self.breaking = breaking
        self.endsAt = endsAt
        self.environment = environment
    }
}

extension NoticeDesk {
    /// Keeps a notice written in the dashboard as a draft, from the provider
    /// of its services, reaching their consumers in its environment;
    /// journalled. Refused, with what is wrong, for an unknown service,
    /// services of two providers, or an end before it takes effect. Returns
    /// its id and the audience it would reach.
    public func writeNotice(_ draft: NoticeDraft) throws -> (id: Int64, audience: Int) {
        let title = trimmedSpaces(draft.title)
        guard !title.isEmpty, !title.contains(where: \.isNewline) else { throw StoreError.refused(Refusal.noticeNeedsTitle) }
        guard !draft.serviceKeys.isEmpty else { throw StoreError.refused(Refusal.noticeNeedsService) }
        let services = try store.knownServices()
        var found: [(id: Int64, provider: Int64)] = []
        for key in draft.serviceKeys {
            guard let id = services[key] else { throw StoreError.refused(services.unknown(key)) }
            guard let provider = try store.providers.provider(ofService: id) else { throw StoreError.notFound(entity: .service, id: id) }
            found.append((id, provider))
        }
        guard Set(found.map(\.provider)).count == 1 else {
            throw StoreError.refused(Refusal.servicesOfSeveralProviders)
        }
        if let ends = draft.endsAt, ends <= draft.effectiveAt { throw StoreError.refused(.endsBeforeEffective) }
        return try store.database.inTransaction {
            let serviceIDs = found.map(\.id)
            let consumers = try store.notices.consumers(in: NoticeAudience(serviceIDs: serviceIDs, environment: draft.environment))
            let id = try store.addNotice(providerID: found[0].provider, kind: draft.kind, title: title, body: draft.body,
                                   breaking: draft.breaking, announcedAt: store.now(), publishedAt: nil, effectiveAt: draft.effectiveAt,
                                   endsAt: draft.endsAt, deadline: draft.deadline, environment: draft.environment, serviceIDs: serviceIDs, consumerIDs: consumers, acknowledged: [:])
            try store.journal(entity: .notice, id: id, action: .written, after: "audience=\(consumers.count) status=draft")
            return (id, consumers.count)
        }
    }
}
