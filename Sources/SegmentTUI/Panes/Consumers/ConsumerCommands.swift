import SegmentCore

/// The `:` commands on a consumer's record: its stage, an acceptance of the
/// agreement, its declared legal basis, its contacts and its services.
enum ConsumerCommands {
    static func stage(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        let stages = OnboardingStage.allCases.map(\.rawValue).joined(separator: ", ")
        guard let word = arguments.first, let consumerID = CommandLine.selected(.consumers, state) else {
            return CommandLine.usage(Wording("stage STAGE [NOTE] (on a consumer): {1}", stages), &state)
        }
        guard let stage = OnboardingStage(rawValue: word) else {
            state.message = StatusMessage(Wording("no stage \"{1}\"; the stages are {2}", UntrustedText.line(word), stages), isError: true)
            return []
        }
        let note = arguments.dropFirst().joined(separator: " ")
        return [.consumers(.prepareStage(consumerID: consumerID, stage: stage, note: note.isEmpty ? nil : note))]
    }

    static func accept(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        guard arguments.count == 1, let version = Int(arguments[0]), let consumerID = CommandLine.selected(.consumers, state) else {
            return CommandLine.usage("accept VERSION (on a consumer, after a signed paper or a phone call)", &state)
        }
        return [.consumers(.acceptAgreement(consumerID: consumerID, version: version))]
    }

    static func declared(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        guard arguments.count >= 2, let consumerID = CommandLine.selected(.consumers, state),
              let date = SegmentZone.current.startOfDay(arguments[0]) else {
            return CommandLine.usage("declared YYYY-MM-DD REFERENCE (on a consumer: the date it declared its legal basis, and its reference to its own assessment)",
                         &state)
        }
        return [.consumers(.recordLegalDeclaration(consumerID: consumerID, declaredAt: date,
                                        reference: arguments.dropFirst().joined(separator: " ")))]
    }

    static func contact(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        let roles = ContactRole.allCases.map(\.rawValue).joined(separator: "|")
        guard arguments.count >= 2, let role = ContactRole(rawValue: arguments[0]), let id = CommandLine.selected(.consumers, state) else {
            return CommandLine.usage(Wording("contact {1} EMAIL [NAME] (on a consumer: replaces its contact of that role)", roles), &state)
        }
        let name = arguments.dropFirst(2).joined(separator: " ")
        return [.consumers(.setContact(consumerID: id, role: role, name: name.isEmpty ? arguments[1] : name, email: arguments[1]))]
    }

    static func uses(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        guard arguments.count == 1, let sign = arguments[0].first, sign == "+" || sign == "-", arguments[0].count > 1,
              let id = CommandLine.selected(.consumers, state) else {
            return CommandLine.usage("uses +SERVICE | -SERVICE (on a consumer: a service it starts or stops using)", &state)
        }
        return [.consumers(.setUses(consumerID: id, serviceKey: String(arguments[0].dropFirst()), using: sign == "+"))]
    }
}
