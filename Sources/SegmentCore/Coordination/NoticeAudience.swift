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
