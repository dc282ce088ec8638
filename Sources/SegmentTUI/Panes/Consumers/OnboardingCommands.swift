import SegmentCore

/// The `:` commands of onboarding: asking every consumer to accept an
/// agreement version, and ticking a stage's checklist.
enum OnboardingCommands {
    static func ask(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        guard arguments.count == 1, let version = Int(arguments[0].trimmingCharacters(in: ["v"])) else {
            return CommandLine.usage("ask VERSION (asks every consumer that has not accepted it; shows the count first)", &state)
        }
        return [.consumers(.prepareAcceptanceRequests(version: version))]
    }

    static func tick(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        guard (1...2).contains(arguments.count), let step = Int(arguments[0]), let id = CommandLine.selected(.consumers, state) else {
            return CommandLine.usage(Wording("{1} STEP [STAGE] (on a consumer: a step of its stage's checklist, or of STAGE's)", name), &state)
        }
        var stage: OnboardingStage?
        if arguments.count == 2 {
            guard let named = OnboardingStage(rawValue: arguments[1]) else {
                let stages = OnboardingStage.allCases.map(\.rawValue).joined(separator: ", ")
                state.message = StatusMessage(Wording("no stage \"{1}\"; the stages are {2}", UntrustedText.line(arguments[1]), stages),
                                              isError: true)
                return []
            }
            stage = named
        }
        return [.consumers(.tickChecklist(consumerID: id, step: step, stage: stage, ticked: name == "tick"))]
    }
}
