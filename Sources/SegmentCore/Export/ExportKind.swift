/// What `segdesk export` can write; `ExportRepository` holds each kind's
/// query, whose column names are the field names.
public enum ExportKind: String, CaseIterable, Sendable {
    case incidents, consumers, cases, notices, acks, needs, backings, journal, services, agreements, acceptances
}
