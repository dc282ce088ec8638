import SegmentCore

/// The incidents pane's own keys, named as their `:` commands: triage,
/// grouping and the reply. Each acts on the open incident, else on the
/// marked or selected rows of the pane.
public enum IncidentKey: String, CaseIterable, Sendable {
    case assignMe = "assign-me"
    case severityUp = "sev-up"
    case severityDown = "sev-down"
    case nextStatus = "next-status"
    case group
    case answer

    func perform(_ state: inout AppState) -> [Effect] {
        switch self {
        case .assignMe: IncidentKeys.triage(.assign(state.operatorLogin), &state)
        case .severityUp: IncidentKeys.triage(.adjustImpact(-1), &state)
        case .severityDown: IncidentKeys.triage(.adjustImpact(1), &state)
        case .nextStatus: IncidentKeys.triage(.advanceStatus, &state)
        case .group: IncidentKeys.group(&state)
        case .answer: IncidentKeys.reply(&state)
        }
    }
}

/// What the incidents pane's keys do.
enum IncidentKeys {
    /// The incidents a triage key applies to: the open incident, else the
    /// marked or selected rows of the incidents pane.
    static func triage(_ edit: TriageEdit, _ state: inout AppState) -> [Effect] {
        if let detail = state.detail {
            guard detail.pane == .incidents else {
                state.message = StatusMessage(Wording("only incidents are triaged"), isError: true)
                return []
            }
            guard case .incident(let incident) = detail.record else { return [.incidents(.triage(edit, ids: [detail.id], seen: [:]))] }
            return [.incidents(.triage(edit, ids: [detail.id], seen: [detail.id: incident.version]))]
        }
        guard state.focus == .incidents else {
            state.message = StatusMessage(Wording("only incidents are triaged; 1 shows them"), isError: true)
            return []
        }
        let pane = state.focusedPane
        let ids = pane.targetIDs
        guard !ids.isEmpty else { return [] }
        let effect = Effect.incidents(.triage(edit, ids: ids, seen: pane.versionsSeen(ids)))
        guard ids.count > 1 else { return [effect] }
        state.overlay = .confirmation(Confirmation(question: edit.bulkQuestion(ids.count),
                                          preview: BulkPreview.lines(ids, in: pane), effect: effect))
        return []
    }

    /// `m`: the open incident, else the marked incidents, else the fault the
    /// banner proposes.
    static func group(_ state: inout AppState) -> [Effect] {
        if let detail = state.detail {
            guard detail.pane == .incidents else {
                state.message = StatusMessage(Wording("only incidents are grouped into provider cases"), isError: true)
                return []
            }
            guard case .incident(let incident) = detail.record else { return [.incidents(.group([detail.id], seen: [:]))] }
            return [.incidents(.group([detail.id], seen: [detail.id: incident.version]))]
        }
        let incidents = state.panes[.incidents]!
        if state.focus == .incidents && !incidents.marked.isEmpty {
            let ids = incidents.marked.sorted()
            let effect = Effect.incidents(.group(ids, seen: incidents.versionsSeen(ids)))
            guard ids.count > 1 else { return [effect] }
            state.overlay = .confirmation(Confirmation(question: Wording.counted(ids.count, "Group {1} marked incident into one provider case?",
                                                                                        "Group {1} marked incidents into one provider case?"),
                                              preview: BulkPreview.lines(ids, in: incidents), effect: effect))
            return []
        }
        if let proposal = state.overview.proposals.first { return [.incidents(.groupProposal(proposal))] }
        state.message = StatusMessage(Wording("mark incidents with Space in pane 1, then m groups them"), isError: true)
        return []
    }

    /// `r`: the known answer when the incident's code has one, else the
    /// command line ready for a free-text `:reply`.
    static func reply(_ state: inout AppState) -> [Effect] {
        let target: (id: Int64, code: String?)?
        if let detail = state.detail {
            guard case .incident(let incident) = detail.record else {
                state.message = StatusMessage(Wording("r replies on an incident"), isError: true)
                return []
            }
            // The knowledge base's best article first, then the known answer, then a reply of one's own.
            if let article = incident.articleProposals.first {
                return [.knowledge(.prepareAnswer(incidentID: detail.id, articleID: article.article))]
            }
            target = (detail.id, incident.row.errorCode)
        } else if state.focus == .incidents, case let rows = state.focusedPane.rows.incidents,
                  state.focusedPane.selected < rows.count {
            let row = rows[state.focusedPane.selected]
            target = (row.id, row.errorCode)
        } else {
            target = nil
        }
        guard let target else {
            state.message = StatusMessage(Wording("r replies on an incident: select one in pane 1"), isError: true)
            return []
        }
        if state.knownAnswers.hasAnswer(for: target.code) {
            return [.incidents(.prepareKnownAnswer(incidentID: target.id))]
        }
        state.input = .command("reply ")
        return []
    }
}
