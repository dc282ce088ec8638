import SegmentCore

/// The `:` commands that correct a notice: a fact edited, the notice
/// postponed, withdrawn, or an outage ended. On a published notice each
/// shows a box with the corrections it would queue before it does anything.
enum NoticeCorrectionCommands {
    static func edit(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        let fields = NoticeField.allCases.map(\.rawValue).joined(separator: ", ")
        guard arguments.count >= 2, let id = CommandLine.selected(.notices, state) else {
            return CommandLine.usage(Wording("edit FIELD VALUE (on a notice), FIELD one of {1}", fields), &state)
        }
        guard let field = NoticeField(rawValue: arguments[0]) else {
            state.message = StatusMessage(Wording("a notice has no field \"{1}\"; the fields are {2}; nothing was changed",
                                                  UntrustedText.line(arguments[0]), fields), isError: true)
            return []
        }
        return [.notices(.prepareCorrection(noticeID: id, .edit(field, arguments.dropFirst().joined(separator: " "))))]
    }

    static func postpone(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        guard (1...2).contains(arguments.count), let id = CommandLine.selected(.notices, state) else {
            return CommandLine.usage("postpone YYYY-MM-DD [HH:MM] (on a notice: it takes effect then; an end moves with it)", &state)
        }
        return [.notices(.prepareCorrection(noticeID: id, .postpone(arguments.joined(separator: " "))))]
    }

    static func withdraw(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        guard !arguments.isEmpty, let id = CommandLine.selected(.notices, state) else {
            return CommandLine.usage("withdraw REASON (on a notice: it no longer holds; each consumer sent it is told why)", &state)
        }
        return [.notices(.prepareCorrection(noticeID: id, .withdraw(reason: arguments.joined(separator: " "))))]
    }

    static func end(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        guard arguments.isEmpty, let id = CommandLine.selected(.notices, state) else {
            return CommandLine.usage("end (on an outage or maintenance in force: it is over now)", &state)
        }
        return [.notices(.prepareCorrection(noticeID: id, .end))]
    }
}
