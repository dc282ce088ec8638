/// The columns of an incidents-pane row, over `incidents i`, its consumer
/// `c` and its service `s`.
enum IncidentColumn: Int32, SelectColumn {
    case id, priority, status, receivedAt, slaDueAt, consumerName, serviceKey, title, errorCode, sortGroup, sortTime
    case unreadReply, version

    var sql: String {
        switch self {
        case .id: "i.id"
        case .priority: "i.priority"
        case .status: "i.status"
        case .receivedAt: "i.received_at"
        case .slaDueAt: "i.sla_due_at"
        case .consumerName: "c.name"
        case .serviceKey: "s.key"
        case .title: "i.title"
        case .errorCode: "i.error_code"
        case .sortGroup: "i.sort_group"
        case .sortTime: "i.sort_time"
        case .unreadReply: "i.reply_unread_at IS NOT NULL"
        case .version: "i.version"
        }
    }
}

/// The columns an incident's record reads after those of its row, with
/// its case `pc`.
enum IncidentDetailColumn: Int32, SelectColumn {
    case externalID = 13, kind, impact, urgency, environment, organisationNumber, reporterName, reporterEmail, body
    case correlationID, assignee, resolution, caseID, caseTitle

    var sql: String {
        switch self {
        case .externalID: "i.external_id"
        case .kind: "i.kind"
        case .impact: "i.impact"
        case .urgency: "i.urgency"
        case .environment: "i.environment"
        case .organisationNumber: "c.org_number"
        case .reporterName: "i.reporter_name"
        case .reporterEmail: "i.reporter_email"
        case .body: "i.body"
        case .correlationID: "i.correlation_id"
        case .assignee: "i.assignee"
        case .resolution: "i.resolution"
        case .caseID: "i.case_id"
        case .caseTitle: "pc.title"
        }
    }
}
