/// What `segdesk export` can write; `ExportRepository` holds each kind's
/// query, whose column names are the field names.
public enum ExportKind: String, CaseIterable, Sendable {
    case incidents, consumers, cases, notices, acks, needs, backings, journal, services, agreements, acceptances, messages, articles
}

/// Which messages `export messages` writes: one consumer's (by its id), from
/// a moment on. Other kinds are written whole.
public struct ExportFilter: Equatable, Sendable {
    public var consumerID: Int64?
    public var since: Int64?

    public init(consumerID: Int64? = nil, since: Int64? = nil) {
        self.consumerID = consumerID
        self.since = since
    }
}
