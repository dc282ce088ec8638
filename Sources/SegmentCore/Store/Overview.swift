/// Counts for the header line: what is burning right now.
public struct Overview: Equatable, Sendable {
    public var newIncidents: Int
    public var openIncidents: Int
    public var slaBreaches: Int
    public var openCases: Int
    /// Cases with the provider past its target: not acknowledged by the
    /// acknowledgement's due time, or not resolved by the resolution's.
    public var casesLateAtProvider = 0
    /// Alerts to the person on call that no one has acknowledged.
    public var openAlerts = 0
    /// Consumers not done with a published notice whose deadline has passed.
    public var consumersNotReadyPastDeadline: Int
    /// Notices not yet published to the segment.
    public var draftNotices = 0
    /// The median time from publishing a notice to its effective time:
    /// how early the segment hears of changes. Nil before any is published.
    public var medianNoticeLeadTime: Int64?
    /// The newest agreement version, which every consumer should have accepted.
    public var currentAgreement: Int?
    /// Faults many consumers report that no open provider case covers yet.
    public var proposals: [GroupingProposal] = []
    /// Outgoing messages waiting for `outbox deliver`, and those whose last try failed.
    public var messagesQueued = 0
    public var messagesFailed = 0
    /// Open incidents from senders that matched no consumer, waiting to be attached.
    public var unmatchedIncidents = 0
    /// Open incidents with a consumer's reply that nobody has opened since
    /// (those that head the incidents pane).
    public var unreadReplies = 0
    /// True when this user may only read the database.
    public var readOnly = false
    /// The provider services and consumers registered: a segment starting
    /// from an empty file has none yet (nil before the first read).
    public var services: Int?
    /// Consumers at each onboarding stage (nil before the first read).
    public var consumersByStage: [OnboardingStage: Int]?
    public var consumers: Int? { consumersByStage?.values.reduce(0, +) }
    /// The file, for the commands that fill a new one.
    public var databasePath = ""

    /// Nothing counted yet, before the first read.
    public static let empty = Overview(newIncidents: 0, openIncidents: 0, slaBreaches: 0, openCases: 0,
                                       consumersNotReadyPastDeadline: 0, currentAgreement: nil, proposals: [],
                                       messagesQueued: 0, messagesFailed: 0)
}
