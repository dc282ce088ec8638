/// Who a notice reaches: every consumer that uses one of its services and is
/// at a stage where it uses the notice's environment. Production notices
/// reach consumers authorised for production or live; test notices those
/// from authorised_test on. Suspended and offboarded consumers are not
/// reached unless named; the operator adds or removes consumers in a draft.
public struct NoticeAudience: Equatable, Sendable {
    public var serviceIDs: [Int64]
    public var stages: [OnboardingStage]

    /// The stages that use `environment`.
    public static func stages(using environment: ServiceEnvironment) -> [OnboardingStage] {
        switch environment {
        case .production: [.authorisedProduction, .live]
        case .test: [.authorisedTest, .testPassed, .authorisedProduction, .live]
        }
    }

    public init(serviceIDs: [Int64], environment: ServiceEnvironment, stages: [OnboardingStage] = []) {
        self.serviceIDs = serviceIDs
        self.stages = (stages.isEmpty ? Self.stages(using: environment) : stages).filter { $0 != .offboarded }
    }
}

extension Store {
    /// The consumer ids `audience` reaches, in id order.
    func consumers(in audience: NoticeAudience) throws -> [Int64] {
        guard !audience.serviceIDs.isEmpty, !audience.stages.isEmpty else { return [] }
        let services = Array(repeating: "?", count: audience.serviceIDs.count).joined(separator: ", ")
        let stages = Array(repeating: "?", count: audience.stages.count).joined(separator: ", ")
        return try database.rows("""
            SELECT DISTINCT cs.consumer_id FROM consumer_services cs JOIN consumers c ON c.id = cs.consumer_id
            WHERE cs.service_id IN (\(services)) AND c.stage IN (\(stages)) ORDER BY cs.consumer_id
            """, audience.serviceIDs.map(SQLValue.integer) + audience.stages.map { .text($0.rawValue) }) { $0.int(0) }
    }
}
