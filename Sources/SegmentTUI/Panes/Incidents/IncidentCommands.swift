import SegmentCore

/// The `:` commands on an incident: triage by words, a phone report, a
/// reply, attaching a mail report, and a change request made a need.
enum IncidentCommands {
    static func assign(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        guard arguments.count == 1 else { return CommandLine.usage("assign me|LOGIN", &state) }
        let login = arguments[0] == "me" ? state.operatorLogin : arguments[0]
        return IncidentKeys.triage(.assign(login), &state)
    }

    static func sev(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        guard arguments.count == 2, let impact = Int(arguments[0]), let urgency = Int(arguments[1]),
              (1...3).contains(impact), (1...3).contains(urgency) else {
            return CommandLine.usage("sev IMPACT URGENCY (each 1 high to 3 low)", &state)
        }
        return IncidentKeys.triage(.assess(Assessment(impact: impact, urgency: urgency)), &state)
    }

    static func status(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        let statuses = IncidentStatus.allCases.map(\.rawValue).joined(separator: "|")
        guard (1...2).contains(arguments.count), let status = IncidentStatus(rawValue: arguments[0]) else {
            return CommandLine.usage(Wording("status {1} [RESOLUTION]", statuses), &state)
        }
        let resolution = arguments.count == 2 ? IncidentResolution(rawValue: arguments[1]) : nil
        if arguments.count == 2 && resolution == nil {
            let known = IncidentResolution.allCases.map(\.rawValue).joined(separator: ", ")
            return CommandLine.usage(Wording("status {1} RESOLUTION, one of {2}", status.rawValue, known), &state)
        }
        return IncidentKeys.triage(.setStatus(status, resolution), &state)
    }

    static func new(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        guard arguments.count >= 3 else { return CommandLine.usage("new ORGANISATION-NUMBER SERVICE TITLE", &state) }
        return [.incidents(.addPhoneReport(consumer: arguments[0], serviceKey: arguments[1],
                                title: arguments.dropFirst(2).joined(separator: " "),
                                assessment: Assessment(impact: 2, urgency: 2)))]
    }

    static func uncase(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        guard arguments.isEmpty else { return CommandLine.usage("uncase (on an incident in a case)", &state) }
        return IncidentKeys.triage(.leaveCase, &state)
    }

    static func answered(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        IncidentKeys.triage(.answered(note: arguments.isEmpty ? nil : arguments.joined(separator: " ")), &state)
    }

    static func answer(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        // Without a number, the first article proposed (in a record, as r does).
        guard let word = arguments.first else {
            guard state.detail == nil, let id = CommandLine.selected(.incidents, state) else { return IncidentKeys.reply(&state) }
            return [.knowledge(.prepareAnswer(incidentID: id, articleID: nil))]
        }
        guard arguments.count == 1, let article = Int64(word.hasPrefix("#") ? String(word.dropFirst()) : word),
              let id = CommandLine.selected(.incidents, state) else {
            return CommandLine.usage("answer [N] (on an incident; N an article's number)", &state)
        }
        return [.knowledge(.prepareAnswer(incidentID: id, articleID: article))]
    }

    static func askProvider(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        guard !arguments.isEmpty, let id = CommandLine.selected(.incidents, state) else {
            return CommandLine.usage("ask-provider TEXT (on an incident)", &state)
        }
        return [.knowledge(.prepareAskProvider(incidentID: id, question: arguments.joined(separator: " ")))]
    }

    static func reply(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        guard !arguments.isEmpty, let id = CommandLine.selected(.incidents, state) else {
            return CommandLine.usage("reply TEXT (on an incident)", &state)
        }
        return [.incidents(.prepareReply(incidentID: id, text: arguments.joined(separator: " "), resolution: nil))]
    }

    static func consumer(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        guard arguments.count == 1, let id = CommandLine.selected(.incidents, state) else {
            return CommandLine.usage("consumer ORGANISATION-NUMBER (on an incident)", &state)
        }
        return [.incidents(.attachConsumer(incidentID: id, organisationNumber: arguments[0]))]
    }

    static func service(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        guard arguments.count == 1, let id = CommandLine.selected(.incidents, state) else {
            return CommandLine.usage("service KEY (on an incident)", &state)
        }
        return [.incidents(.setService(incidentID: id, serviceKey: arguments[0]))]
    }

    static func need(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        guard arguments.isEmpty, let id = CommandLine.selected(.incidents, state) else {
            return CommandLine.usage("need (on a change request: it becomes a need backed by its consumer)", &state)
        }
        return [.incidents(.prepareNeedFromIncident(incidentID: id))]
    }
}
