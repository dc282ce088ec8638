/// The segment's agreement as the operator reviews it: every version with
/// how many consumers accepted it, and who has not accepted the newest.
public struct AgreementReview: Equatable, Sendable {
    public struct Version: Equatable, Sendable {
        public var version: Int
        public var title: String
        public var reference: String?
        public var effectiveAt: Int64
        public var acceptBy: Int64?
        public var accepted: Int
    }

    public struct Missing: Equatable, Sendable {
        public var name: String
        public var organisationNumber: String
        public var stage: OnboardingStage
        /// Reminders of the newest version sent to it so far.
        public var reminders: Int
    }

    public var versions: [Version]
    /// Consumers in the segment (offboarded ones aside).
    public var consumers: Int
    /// Who lacks the newest version, most reminded first (at most 500).
    public var missing: [Missing]
    public var missingTotal: Int
}
