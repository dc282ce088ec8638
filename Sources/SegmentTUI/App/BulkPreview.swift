import SegmentCore

/// What the box before a bulk edit lists: each marked incident, by its row
/// when the window shows it, so the operator sees what the count means.
enum BulkPreview {
    static func lines(_ ids: [Int64], in pane: PaneState) -> [String] {
        var rows: [Int64: IncidentRow] = [:]
        if case .incidents(let loaded) = pane.rows { for row in loaded { rows[row.id] = row } }
        return ids.map { id in
            guard let row = rows[id] else { return "#\(id)" }
            return "#\(id)  \(row.priority.label)  \(row.status.label)  \(UntrustedText.line(row.title))"
        }
    }
}

extension TriageEdit {
    /// The question before applying the edit to `count` marked incidents.
    func bulkQuestion(_ count: Int) -> String {
        let them = "\(count) marked incidents"
        return switch self {
        case .assign(let login): "Assign \(them) to \(UntrustedText.line(login))?"
        case .adjustImpact(let delta): "\(delta < 0 ? "Raise" : "Lower") the priority of \(them)?"
        case .assess(let assessment):
            "Set impact \(assessment.impact) and urgency \(assessment.urgency) (\(assessment.priority.label)) on \(them)?"
        case .advanceStatus: "Move \(them) to their next status?"
        case let .setStatus(status, resolution):
            "Set \(them) to \(status.rawValue)\(resolution.map { " (\($0.rawValue))" } ?? "")?"
        case .leaveCase: "Take \(them) out of their provider case?"
        }
    }
}
