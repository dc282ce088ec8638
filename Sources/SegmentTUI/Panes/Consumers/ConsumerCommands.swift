import SegmentCore

/// The `:` commands on a consumer's record: its stage, an acceptance of the
/// agreement, its declared legal basis, its contacts and its services, its
/// name, mail domain and technical operator. Each edit carries the version
/// of the consumer the operator saw, and `u` takes it back.
enum ConsumerCommands {
    /// The version of consumer `id` the operator is looking at: its open
    /// record's, else its row's in the pane.
    static func seenVersion(_ id: Int64, _ state: AppState) -> Int? {
        if let detail = state.detail, detail.pane == .consumers, detail.id == id, case .consumer(let record) = detail.record {
            return record.row.version
        }
        return state.panes[.consumers]?.versionsSeen([id])[id]
    }

    private static func edit(_ id: Int64, _ edit: ConsumerEdit, _ state: AppState) -> [Effect] {
        [.consumers(.edit(consumerID: id, edit, seen: seenVersion(id, state)))]
    }

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
        return [.consumers(.prepareStage(consumerID: consumerID, stage: stage, note: note.isEmpty ? nil : note,
                                         seen: seenVersion(consumerID, state)))]
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
        return [.consumers(.recordLegalDeclaration(consumerID: consumerID, declaredAt: date, reference: arguments.dropFirst().joined(separator: " "),
                                                   seen: seenVersion(consumerID, state)))]
    }

    static func contact(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        let roles = ContactRole.allCases.map(\.rawValue).joined(separator: "|")
        guard arguments.count >= 2, let role = ContactRole(rawValue: arguments[0]), let id = CommandLine.selected(.consumers, state) else {
            return CommandLine.usage(Wording("contact {1} EMAIL [NAME] (on a consumer: replaces its contact of that role)", roles), &state)
        }
        let name = arguments.dropFirst(2).joined(separator: " ")
        return edit(id, .contact(role, name: name.isEmpty ? arguments[1] : name, email: arguments[1]), state)
    }

    static func uses(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        guard arguments.count == 1, let sign = arguments[0].first, sign == "+" || sign == "-", arguments[0].count > 1,
              let id = CommandLine.selected(.consumers, state) else {
            return CommandLine.usage("uses +SERVICE | -SERVICE (on a consumer: a service it starts or stops using)", &state)
        }
        return edit(id, .uses(service: String(arguments[0].dropFirst()), using: sign == "+"), state)
    }

    static func name(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        guard !arguments.isEmpty, let id = CommandLine.selected(.consumers, state) else {
            return CommandLine.usage("name NAME (on a consumer: its name as the segment writes it)", &state)
        }
        return edit(id, .name(arguments.joined(separator: " ")), state)
    }

    static func domain(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        guard arguments.count == 1, let id = CommandLine.selected(.consumers, state) else {
            return CommandLine.usage("domain DOMAIN | none (on a consumer: the mail domain its people write from)", &state)
        }
        return edit(id, .domain(["none", "ingen"].contains(arguments[0].lowercased()) ? nil : arguments[0]), state)
    }

    static func technicalOperator(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        guard let first = arguments.first, let id = CommandLine.selected(.consumers, state),
              ["none", "ingen"].contains(first.lowercased()) ? arguments.count == 1 : arguments.count >= 2 else {
            return CommandLine.usage("operator ORGNO NAME | none (on a consumer: the vendor that runs its integration)", &state)
        }
        if ["none", "ingen"].contains(first.lowercased()) { return edit(id, .technicalOperator(organisationNumber: nil, name: nil), state) }
        return edit(id, .technicalOperator(organisationNumber: first, name: arguments.dropFirst().joined(separator: " ")), state)
    }
}
