/// The columns of a provider-cases-pane row, over `provider_cases pc` and
/// its service `s`.
enum CaseColumn: Int32, SelectColumn {
    case id, title, serviceKey, errorCode, status, providerReference, openedAt, affectedConsumers, reports
    case sortGroup, sortTime, forwardedAt, acknowledgedAt, providerResponseDueAt, providerResolutionDueAt

    var sql: String {
        switch self {
        case .id: "pc.id"
        case .title: "pc.title"
        case .serviceKey: "s.key"
        case .errorCode: "pc.error_code"
        case .status: "pc.status"
        case .providerReference: "pc.provider_reference"
        case .openedAt: "pc.opened_at"
        case .affectedConsumers: "(SELECT count(DISTINCT consumer_id) FROM incidents WHERE case_id = pc.id)"
        case .reports: "(SELECT count(*) FROM incidents WHERE case_id = pc.id)"
        case .sortGroup: "pc.sort_group"
        case .sortTime: "pc.sort_time"
        case .forwardedAt: "pc.forwarded_at"
        case .acknowledgedAt: "pc.acknowledged_at"
        case .providerResponseDueAt: "pc.provider_response_due_at"
        case .providerResolutionDueAt: "pc.provider_resolution_due_at"
        }
    }
}
