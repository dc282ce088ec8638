import SegmentCore

/// What the `:` line understands: every keymap command by name, and commands
/// that take arguments.
enum CommandLine {
    static func execute(_ text: String, _ state: inout AppState) -> [Effect] {
        let words = text.split(separator: " ").map(String.init)
        guard let name = words.first else { return [] }
        let arguments = Array(words.dropFirst())
        // A name in neither table is unknown, so every command has its help.
        guard TypedCommands.named(name) != nil || Keymap.binding(named: name) != nil else {
            state.message = StatusMessage(localized("unknown command :{1}; ? lists the commands", name), isError: true)
            return []
        }
        if let typed = TypedCommands.named(name), let panes = typed.panes, !typed.applies(on: state.currentPane) {
            state.message = StatusMessage(localized(":{1} works on {2}, not here", name, PaneKind.places(panes)), isError: true)
            return []
        }
        if TypedCommands.named(name) == nil, let binding = Keymap.binding(named: name),
           !binding.applies(in: state.mode == .detail ? .detail : .dashboard, on: state.currentPane) {
            state.message = StatusMessage(localized(":{1} does not apply here; ? lists what does", name), isError: true)
            return []
        }
        if let effects = NoticeCommands.execute(name, arguments, &state) ?? NeedCommands.execute(name, arguments, &state)
            ?? OnboardingCommands.execute(name, arguments, &state) {
            return effects
        }
        switch name {
        case "theme":
            guard arguments.count == 1 else { return usage("theme NAME", &state) }
            return [.applyTheme(arguments[0])]
        case "assign":
            guard arguments.count == 1 else { return usage("assign me|LOGIN", &state) }
            let login = arguments[0] == "me" ? state.operatorLogin : arguments[0]
            return Reducer.triage(.assign(login), &state)
        case "sev", "priority":
            guard arguments.count == 2, let impact = Int(arguments[0]), let urgency = Int(arguments[1]),
                  (1...3).contains(impact), (1...3).contains(urgency) else {
                return usage("sev IMPACT URGENCY (each 1 high to 3 low)", &state)
            }
            return Reducer.triage(.assess(Assessment(impact: impact, urgency: urgency)), &state)
        case "status":
            let statuses = IncidentStatus.allCases.map(\.rawValue).joined(separator: "|")
            guard (1...2).contains(arguments.count), let status = IncidentStatus(rawValue: arguments[0]) else {
                return usage(localized("status {1} [RESOLUTION]", statuses), &state)
            }
            let resolution = arguments.count == 2 ? IncidentResolution(rawValue: arguments[1]) : nil
            if arguments.count == 2 && resolution == nil {
                let known = IncidentResolution.allCases.map(\.rawValue).joined(separator: ", ")
                return usage(localized("status {1} RESOLUTION, one of {2}", status.rawValue, known), &state)
            }
            return Reducer.triage(.setStatus(status, resolution), &state)
        case "ref":
            guard !arguments.isEmpty, let caseID = selected(.cases, state) else {
                return usage("ref PROVIDER-REFERENCE (on a provider case)", &state)
            }
            return [.recordProviderReference(caseID: caseID, reference: arguments.joined(separator: " "))]
        case "resolve":
            guard !arguments.isEmpty, let caseID = selected(.cases, state) else {
                return usage("resolve WHAT THE PROVIDER DID (on a provider case)", &state)
            }
            return [.prepareResolution(caseID: caseID, resolution: arguments.joined(separator: " "))]
        case "new":
            guard arguments.count >= 3 else { return usage("new ORGANISATION-NUMBER SERVICE TITLE", &state) }
            return [.addPhoneReport(consumer: arguments[0], serviceKey: arguments[1],
                                    title: arguments.dropFirst(2).joined(separator: " "),
                                    assessment: Assessment(impact: 2, urgency: 2))]
        case "uncase":
            guard arguments.isEmpty else { return usage("uncase (on an incident in a case)", &state) }
            return Reducer.triage(.leaveCase, &state)
        case "reply":
            guard !arguments.isEmpty, let id = selected(.incidents, state) else {
                return usage("reply TEXT (on an incident)", &state)
            }
            return [.prepareReply(incidentID: id, text: arguments.joined(separator: " "), resolution: nil)]
        case "consumer":
            guard arguments.count == 1, let id = selected(.incidents, state) else {
                return usage("consumer ORGANISATION-NUMBER (on an incident)", &state)
            }
            return [.attachConsumer(incidentID: id, organisationNumber: arguments[0])]
        case "service":
            guard arguments.count == 1, let id = selected(.incidents, state) else {
                return usage("service KEY (on an incident)", &state)
            }
            return [.setService(incidentID: id, serviceKey: arguments[0])]
        case "note":
            guard !arguments.isEmpty, let (kind, id) = selectedRecord(state) else {
                return usage("note TEXT (on a record)", &state)
            }
            return [.addNote(kind, id: id, text: arguments.joined(separator: " "))]
        case "update":
            guard !arguments.isEmpty, let caseID = selected(.cases, state) else {
                return usage("update WHAT THE PROVIDER SAID (on a provider case)", &state)
            }
            return [.recordProviderUpdate(caseID: caseID, text: arguments.joined(separator: " "))]
        case "stage":
            let stages = OnboardingStage.allCases.map(\.rawValue).joined(separator: ", ")
            guard let word = arguments.first, let consumerID = selected(.consumers, state) else {
                return usage(localized("stage STAGE [NOTE] (on a consumer): {1}", stages), &state)
            }
            guard let stage = OnboardingStage(rawValue: word) else {
                state.message = StatusMessage(localized("no stage \"{1}\"; the stages are {2}", UntrustedText.line(word), stages), isError: true)
                return []
            }
            let note = arguments.dropFirst().joined(separator: " ")
            return [.setStage(consumerID: consumerID, stage: stage, note: note.isEmpty ? nil : note)]
        case "accept":
            guard arguments.count == 1, let version = Int(arguments[0]), let consumerID = selected(.consumers, state) else {
                return usage("accept VERSION (on a consumer, after a signed paper or a phone call)", &state)
            }
            return [.acceptAgreement(consumerID: consumerID, version: version)]
        case "declared":
            guard arguments.count >= 2, let consumerID = selected(.consumers, state),
                  let date = Timestamp.parse(arguments[0] + "T12:00:00Z") else {
                return usage("declared YYYY-MM-DD REFERENCE (on a consumer: the date it declared its legal basis, and its reference to its own assessment)",
                             &state)
            }
            return [.recordLegalDeclaration(consumerID: consumerID, declaredAt: date,
                                            reference: arguments.dropFirst().joined(separator: " "))]
        case "agreements":
            return [.loadAgreements]
        case "join":
            guard arguments.isEmpty, let noticeID = selected(.notices, state) else {
                return usage("join (on an outage notice: its open reports from before it was announced join its case)", &state)
            }
            return [.joinReportsBeforeOutage(noticeID: noticeID)]
        case "q":
            return [.quit]
        default:
            guard let binding = Keymap.binding(named: name), arguments.isEmpty else {
                state.message = StatusMessage(localized("unknown command :{1}; ? lists the commands", name), isError: true)
                return []
            }
            return Reducer.perform(binding.command, &state)
        }
    }

    /// The open record of `pane`, else the one selected in it when it has
    /// the focus; nil when the operator is elsewhere.
    static func selected(_ pane: PaneKind, _ state: AppState) -> Int64? {
        guard let (kind, id) = selectedRecord(state), kind == pane else { return nil }
        return id
    }

    /// The open record, else the one selected in the focused pane.
    static func selectedRecord(_ state: AppState) -> (PaneKind, Int64)? {
        if let detail = state.detail { return (detail.pane, detail.id) }
        return state.focusedPane.selectedID.map { (state.focus, $0) }
    }

    /// Says how a command is written, in the status line, and does nothing.
    static func usage(_ expected: String, _ state: inout AppState) -> [Effect] {
        state.message = StatusMessage(localized("usage: :{1}", localized(expected)), isError: true)
        return []
    }
}
