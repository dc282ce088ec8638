/// The columns of a needs-pane row, over the `needs` table.
enum NeedColumn: Int32, SelectColumn {
    case id, title, status, backers, score, legal, sortGroup, sortScore, version

    var sql: String {
        switch self {
        case .id: "id"
        case .title: "title"
        case .status: "status"
        case .backers: "backers"
        case .score: "score"
        case .legal: "legal"
        case .sortGroup: "sort_group"
        case .sortScore: "sort_score"
        case .version: "version"
        }
    }
}
