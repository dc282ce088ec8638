import SegmentCore

/// The `:` commands of a notice's life: publishing, answers, the audience,
/// the kind, and an outage's earlier reports.
enum NoticeCommands {
    static func publish(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        guard arguments.isEmpty, let id = CommandLine.selected(.notices, state) else {
            return CommandLine.usage("publish (on a notice: shows the count and the first message, then asks)", &state)
        }
        return [.notices(.preparePublication(noticeID: id))]
    }

    static func ack(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        let states = AcknowledgementState.allCases.map(\.rawValue).joined(separator: ", ")
        guard arguments.count >= 2, let id = CommandLine.selected(.notices, state) else {
            return CommandLine.usage(Wording("ack ORGNO STATE [NOTE] (on a notice): {1}", states), &state)
        }
        guard let answer = AcknowledgementState(rawValue: arguments[1]) else {
            state.message = StatusMessage(Wording("no state \"{1}\"; the states are {2}; nothing was changed",
                                                    UntrustedText.line(arguments[1]), states), isError: true)
            return []
        }
        let note = arguments.dropFirst(2).joined(separator: " ")
        return [.notices(.acknowledge(noticeID: id, organisationNumber: arguments[0], state: answer, note: note.isEmpty ? nil : note))]
    }

    static func audience(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        guard arguments.count == 1, let sign = arguments[0].first, sign == "+" || sign == "-",
              let id = CommandLine.selected(.notices, state) else {
            return CommandLine.usage("audience +ORGNO | -ORGNO (on a notice: add a consumer, or take out one not yet sent it)", &state)
        }
        let number = String(arguments[0].dropFirst())
        guard !number.isEmpty else { return CommandLine.usage("audience +ORGNO | -ORGNO", &state) }
        return [.notices(.changeAudience(noticeID: id, organisationNumber: number, adding: sign == "+"))]
    }

    static func kind(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        let kinds = NoticeKind.allCases.map(\.rawValue).joined(separator: ", ")
        guard (1...2).contains(arguments.count), let id = CommandLine.selected(.notices, state) else {
            return CommandLine.usage(Wording("kind KIND [breaking] (on a draft notice): {1}", kinds), &state)
        }
        guard let kind = NoticeKind(rawValue: arguments[0]), arguments.count == 1 || arguments[1] == "breaking" else {
            return CommandLine.usage(Wording("kind KIND [breaking], KIND one of {1}", kinds), &state)
        }
        return [.notices(.classifyNotice(noticeID: id, kind: kind, breaking: arguments.count == 2))]
    }

    static func join(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        guard arguments.isEmpty, let noticeID = CommandLine.selected(.notices, state) else {
            return CommandLine.usage("join (on an outage notice: its open reports from before it was announced join its case)", &state)
        }
        return [.notices(.joinReportsBeforeOutage(noticeID: noticeID))]
    }
}
