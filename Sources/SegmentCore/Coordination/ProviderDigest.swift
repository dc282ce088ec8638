/// The periodic picture the coordinator brings the provider: the faults
/// hurting most consumers, the segment's top needs, breaking changes the
/// segment is not ready for, and each service's last days.
public struct ProviderDigest: Equatable, Sendable {
    public struct OpenCase: Equatable, Sendable {
        public var id: Int64
        public var title: String
        public var service: String
        public var status: CaseStatus
        public var consumers: Int
        /// Days since it was forwarded; nil while not yet forwarded.
        public var daysAtProvider: Int?
    }

    public struct TopNeed: Equatable, Sendable {
        public var id: Int64
        public var title: String
        public var score: Int
        public var backers: Int
        public var status: NeedStatus
    }

    public struct NotReady: Equatable, Sendable {
        public var id: Int64
        public var title: String
        public var notReady: Int
        public var audience: Int
        public var deadline: Int64?
    }

    public struct ServiceWeek: Equatable, Sendable {
        public var service: String
        public var incidents: Int
        /// The median seconds from a case's first report to its forwarding,
        /// over the cases forwarded in the period; nil when none was.
        public var medianToForwarding: Int64?
    }

    public var generatedAt: Int64
    public var days: Int
    public var providerName: String
    public var cases: [OpenCase]
    public var needs: [TopNeed]
    public var notices: [NotReady]
    public var services: [ServiceWeek]
    /// How the provider met its targets on the cases forwarded in the period.
    public var providerTargets = ProviderTargetsMet(acknowledged: 0, acknowledgeJudged: 0, resolved: 0, resolveJudged: 0)
}
