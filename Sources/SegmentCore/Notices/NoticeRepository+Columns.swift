/// The columns of a notices-pane row, over the notice with its status and
/// pane order `n`.
enum NoticeColumn: Int32, SelectColumn {
    case id, kind, title, breaking, effectiveAt, deadline, status, audience, answered, done, paneGroup, paneTime

    var sql: String {
        switch self {
        case .id: "n.id"
        case .kind: "n.kind"
        case .title: "n.title"
        case .breaking: "n.breaking"
        case .effectiveAt: "n.effective_at"
        case .deadline: "n.deadline"
        case .status: "n.status"
        case .audience: "n.audience"
        case .answered: "n.answered"
        case .done: "n.done"
        case .paneGroup: "n.pane_group"
        case .paneTime: "n.pane_time"
        }
    }
}
