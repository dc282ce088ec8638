import SegmentCore

/// What happened to a provider case, as the store reports it.
public enum CaseChange: RecordChangeFact {
    case providerReferenceRecorded(caseID: Int64, reference: String)
    case resolved(caseID: Int64, messagesQueued: Int)
    case forwarded(caseID: Int64)
    case providerUpdateRecorded(caseID: Int64)
    case reportersTold(caseID: Int64, messagesQueued: Int)

    public var wording: String {
        switch self {
        case let .providerReferenceRecorded(caseID, reference): localized("provider reference {1} recorded on case #{2}", reference, caseID)
        case let .resolved(caseID, queued):
            localized("case #{1} resolved; {2} messages queued (segdesk outbox deliver sends them)", caseID, queued)
        case .forwarded(let caseID): localized("case #{1} forwarded; the message is queued (segdesk outbox deliver sends it)", caseID)
        case .providerUpdateRecorded(let caseID): localized("provider update recorded on case #{1}", caseID)
        case let .reportersTold(caseID, queued): localized("{1} reporters of case #{2} told; the messages are queued", queued, caseID)
        }
    }
}
