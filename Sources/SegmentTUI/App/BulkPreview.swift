import SegmentCore

/// What the box before a bulk edit lists: each marked incident, by its row
/// when the window shows it, so the operator sees what the count means.
enum BulkPreview {
    static func lines(_ ids: [Int64], in pane: PaneState) -> [Wording] {
        var rows: [Int64: IncidentRow] = [:]
        for row in pane.rows.incidents { rows[row.id] = row }
        return ids.map { id in
            guard let row = rows[id] else { return .verbatim("#\(id)") }
            return Wording("#{1}  {2}  {3}  {4}", id, row.priority.label, Wording(stringLiteral: row.status.label), UntrustedText.line(row.title))
        }
    }
}

extension TriageEdit {
    /// The question before applying the edit to `count` marked incidents.
    func bulkQuestion(_ count: Int) -> Wording {
        let them = Wording.counted(count, "{1} marked incident", "{1} marked incidents")
        return switch self {
        case .assign(let login): Wording("Assign {1} to {2}?", them, UntrustedText.line(login))
        case .adjustImpact(let delta): delta < 0 ? Wording("Raise the priority of {1}?", them) : Wording("Lower the priority of {1}?", them)
        case .assess(let assessment):
            Wording("Set impact {1} and urgency {2} ({3}) on {4}?", assessment.impact, assessment.urgency, assessment.priority.label, them)
        case .advanceStatus: Wording("Move {1} to their next status?", them)
        case let .setStatus(status, resolution):
            Wording("Set {1} to {2}?", them, resolution.map { Wording("{1} ({2})", Wording(status.label), Wording($0.rawValue)) }
                ?? Wording(status.label))
        case .leaveCase: Wording("Take {1} out of their provider case?", them)
        case .answered: Wording("Record that the reporters of {1} have been answered?", them)
        }
    }
}
