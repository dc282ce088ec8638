/// What a notice tells the segment: the provider's changes and outages, or
/// the coordinator's own announcements and consultations.
public enum NoticeKind: String, CaseIterable, Sendable {
    case datasetChange = "dataset_change"
    case interfaceChange = "interface_change"
    case deviation
    case maintenance
    case regulatory
    /// A rule change the segment must know of, or guidance, from the coordinator.
    case information
    /// A planned change the coordinator asks the segment about, answered by a date.
    case consultation

    public var label: String {
        switch self {
        case .datasetChange: "dataset"
        case .interfaceChange: "interface"
        case .deviation: "outage"
        case .maintenance: "maintenance"
        case .regulatory: "regulatory"
        case .information: "information"
        case .consultation: "consultation"
        }
    }

    /// The contact roles a notice of this kind goes to: the people who change
    /// the integration for technical kinds, those who answer for the business
    /// for rules, and both when the change breaks something or asks a question.
    public func recipients(breaking: Bool) -> [ContactRole] {
        if breaking || self == .consultation { return [.technical, .business] }
        switch self {
        case .regulatory, .information: return [.business]
        default: return [.technical]
        }
    }
}

/// Where a notice is in its life. Ended follows from the clock: a published
/// notice past its `ends_at`. A withdrawn notice no longer holds: it asks
/// nothing of anyone and absorbs no report.
public enum NoticeStatus: String, CaseIterable, Sendable {
    case draft
    case published
    case ended
    case withdrawn
}

/// A consumer's answer to a notice, from silence to ready.
public enum AcknowledgementState: String, CaseIterable, Sendable {
    case pending
    case acknowledged
    /// The consumer has noted what the change means for it.
    case assessed
    case ready
    case notAffected = "not_affected"

    /// True when the consumer has nothing left to do for `breaking` notices
    /// (ready, or not affected), or has at least answered for the others.
    public func isDone(breaking: Bool) -> Bool {
        breaking ? self == .ready || self == .notAffected : self != .pending
    }

    public var label: String { self == .notAffected ? "not affected" : rawValue }
}

/// A change notice as the notices pane lists it.
public struct NoticeRow: Equatable, Sendable {
    public var id: Int64
    public var kind: NoticeKind
    public var title: String
    public var breaking: Bool
    public var effectiveAt: Int64
    public var deadline: Int64?
    public var status: NoticeStatus
    /// Consumers it reaches (drafts: would reach).
    public var audience: Int
    /// Consumers that have answered at all.
    public var answered: Int
    /// Consumers done with it: ready or not affected when breaking, answered otherwise.
    public var done: Int
    public var key: [SQLValue]

    /// Consumers that have not answered.
    public var silent: Int { audience - answered }
}

/// One consumer of a notice's audience and its answer.
public struct Acknowledgement: Equatable, Sendable {
    public var consumerName: String
    public var organisationNumber: String
    public var state: AcknowledgementState
    /// When it reached its state; nil while pending.
    public var stateAt: Int64?
    /// When the notice was sent to it; nil in a draft.
    public var sentAt: Int64?
    public var note: String?
    /// Who answered: a mail address, an operator or an import.
    public var answeredBy: String?
    public var remindersSent: Int
}

/// A change notice with its text, services and every consumer's answer.
public struct NoticeDetail: Equatable, Sendable {
    public var row: NoticeRow
    public var body: String
    public var services: [String]
    public var environment: ServiceEnvironment
    /// When the provider announced it.
    public var announcedAt: Int64
    /// When the coordinator published it to the segment; nil for a draft.
    public var publishedAt: Int64?
    public var endsAt: Int64?
    /// The silent ones first; at most `Store.noticeRecordConsumers` of the
    /// `row.audience`.
    public var acknowledgements: [Acknowledgement]
    /// The latest 50 answers by mail, newest first.
    public var answers: [ReceivedMessage]
    /// For an outage in force: open reports on its services, received since
    /// it began and in no case, that `:join` would take into its case.
    public var reportsToJoin = 0
    /// The freeze window its effective time falls in, by name.
    public var freezeWindow: String?
    /// When it was withdrawn, and why; nil while it holds.
    public var withdrawnAt: Int64?
    public var withdrawalReason: String?
}
