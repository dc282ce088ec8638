/// A change the operator makes to incidents from the dashboard.
public enum TriageEdit: Equatable, Sendable {
    /// Assign to an operator's login.
    case assign(String)
    /// Move impact one step: -1 raises priority, +1 lowers it.
    case adjustImpact(Int)
    /// Set impact and urgency outright.
    case assess(Assessment)
    /// new → triaged → waiting on consumer → triaged.
    case advanceStatus
    /// Set a status; done states need a resolution.
    case setStatus(IncidentStatus, IncidentResolution?)
    /// Take the incident out of its provider case; it is ours again, triaged.
    case leaveCase
    /// The reporter has been answered (by a message segdesk queued, or by
    /// the operator on the phone, with a note): the first-answer clock stops.
    case answered(note: String?)

    /// The journal's name for the edit.
    var action: JournalAction {
        switch self {
        case .assign: .assigned
        case .adjustImpact, .assess: .priority
        case .advanceStatus, .setStatus: .status
        case .leaveCase: .takenOutOfCase
        case .answered: .answered
        }
    }
}

/// The triage fields of an incident at one moment, as undo restores them.
public struct TriageSnapshot: Equatable, Sendable {
    public var status: IncidentStatus
    public var resolution: IncidentResolution?
    public var assessment: Assessment
    public var assignee: String?
    public var respondedAt: Int64?
    public var caseID: Int64?

    /// The fields as the journal records them: "status=triaged priority=P2 ...".
    var journalText: String {
        var parts = ["status=\(status.rawValue)", "priority=\(assessment.priority.label)",
                     "impact=\(assessment.impact)", "urgency=\(assessment.urgency)"]
        if let resolution { parts.append("resolution=\(resolution.rawValue)") }
        parts.append("assignee=\(assignee ?? "-")")
        if let caseID { parts.append("case=\(caseID)") }
        return parts.joined(separator: " ")
    }

    func applying(_ edit: TriageEdit, now: Int64) throws -> TriageSnapshot {
        var next = self
        switch edit {
        case .assign(let login):
            next.assignee = login
        case .adjustImpact(let delta):
            next.assessment = Assessment(impact: assessment.impact + delta, urgency: assessment.urgency)
        case .assess(let assessment):
            next.assessment = assessment
        case .advanceStatus:
            guard status.isOpen else { throw StoreError.refused(Refusal.keepsItsStatus(status: status.rawValue)) }
            switch status {
            case .new, .waitingOnConsumer: next.status = .triaged
            case .triaged: next.status = .waitingOnConsumer
            case .inProviderCase, .forwarded:
                throw StoreError.refused(Refusal.withTheProvider)
            case .resolved, .closed: break
            }
        case .leaveCase:
            guard caseID != nil else { throw StoreError.refused(Refusal.inNoCase) }
            next.caseID = nil
            if status == .inProviderCase || status == .forwarded { next.status = .triaged }
        case .answered:
            if respondedAt == nil { next.respondedAt = now }
        case let .setStatus(status, resolution):
            if !status.isOpen && resolution == nil {
                throw StoreError.refused(Refusal.needsResolution(status: status.rawValue, known: IncidentResolution.allCases.map(\.rawValue).joined(separator: ", ")))
            }
            next.status = status
            next.resolution = status.isOpen ? nil : resolution
        }
        return next
    }
}

/// What one triage action changed, so the same operator can undo it.
public struct TriageChange: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        public var incidentID: Int64
        public var before: TriageSnapshot
        public var versionAfter: Int
    }

    public var summary: Wording
    public var entries: [Entry]
    /// A provider case the change opened, withdrawn again by undo.
    public var openedCaseID: Int64?

    public init(summary: Wording, entries: [Entry], openedCaseID: Int64? = nil) {
        self.summary = summary
        self.entries = entries
        self.openedCaseID = openedCaseID
    }
}
