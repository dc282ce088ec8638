/// A consumer's place in the onboarding pipeline, in order, and beside it
/// the two states a consumer leaves the pipeline for.
public enum OnboardingStage: String, CaseIterable, Sendable {
    case registered
    case termsSigned = "terms_signed"
    case authorisedTest = "authorised_test"
    case testPassed = "test_passed"
    case authorisedProduction = "authorised_production"
    case live
    /// Access paused (a breach of terms, an expired agreement).
    case suspended
    /// No longer part of the segment.
    case offboarded

    /// The onboarding pipeline, from registered to live.
    public static let pipeline: [OnboardingStage] = [.registered, .termsSigned, .authorisedTest, .testPassed,
                                                     .authorisedProduction, .live]

    /// True when moving from `self` to `next` goes back down the pipeline or
    /// out of it to suspended: such a move needs a note saying why.
    public func needsNote(movingTo next: OnboardingStage) -> Bool {
        if next == .suspended { return true }
        guard let from = Self.pipeline.firstIndex(of: self), let to = Self.pipeline.firstIndex(of: next) else { return false }
        return to < from
    }

    /// A short label that fits a list column.
    public var label: String {
        switch self {
        case .registered: "registered"
        case .termsSigned: "signed"
        case .authorisedTest: "test auth"
        case .testPassed: "test ok"
        case .authorisedProduction: "prod auth"
        case .live: "live"
        case .suspended: "suspended"
        case .offboarded: "offboarded"
        }
    }
}

/// What a contact person or mailbox is for.
public enum ContactRole: String, CaseIterable, Sendable {
    case technical, business, vendor
}

/// A way to reach a consumer: a person or a shared mailbox with a role.
public struct Contact: Equatable, Sendable {
    public var role: ContactRole
    public var name: String
    public var email: String
    public var isSharedMailbox: Bool

    public init(role: ContactRole, name: String, email: String, isSharedMailbox: Bool) {
        self.role = role
        self.name = name
        self.email = email
        self.isSharedMailbox = isSharedMailbox
    }
}

/// A member of the segment, as the consumers pane lists it.
public struct ConsumerRow: Equatable, Sendable {
    public var id: Int64
    public var organisationNumber: String
    public var name: String
    public var stage: OnboardingStage
    public var acceptedAgreement: Int?
    public var openIncidents: Int
    /// Counts its changes: an edit names the version it was made on.
    public var version: Int
    public var key: [SQLValue]
}

/// A consumer with everything its detail view shows.
public struct ConsumerDetail: Equatable, Sendable {
    public var row: ConsumerRow
    public var technicalOperatorNumber: String?
    public var technicalOperatorName: String?
    /// The mail domain its people write from, when known.
    public var mailDomain: String? = nil
    public var contacts: [Contact]
    public var services: [String]
    public var recentIncidents: [IncidentRow]
    /// Since when it has been at its stage (its last stage move, else when
    /// it was registered).
    public var stageSince: Int64 = 0
    /// When the consumer declared its own legal basis, and its reference to
    /// its own assessment; nil when it has not.
    public var legalDeclaredAt: Int64?
    public var legalReference: String?
    /// The consumer's mail on agreements' threads, newest first.
    public var agreementMail: [ReceivedMessage] = []
    /// The onboarding checklist steps ticked for it.
    public var checklistTicks: [ChecklistTick] = []
    /// The configuration's checklists, per stage.
    public var checklists: [OnboardingStage: [ChecklistStep]] = [:]
    /// Its newest messages both ways, and how many there are.
    public var correspondence = Correspondence(entries: [], total: 0)
}

/// A step of a stage's onboarding checklist, from the configuration: what
/// to do and, optionally, where the guidance is.
public struct ChecklistStep: Equatable, Sendable {
    public var text: String
    public var link: String?

    public init(text: String, link: String?) {
        self.text = text
        self.link = link
    }
}

/// A checklist step ticked for a consumer: which, when, by whom.
public struct ChecklistTick: Equatable, Sendable {
    public var stage: OnboardingStage
    /// The step's number in its stage's list, from 1.
    public var step: Int
    public var at: Int64
    public var by: String
}
