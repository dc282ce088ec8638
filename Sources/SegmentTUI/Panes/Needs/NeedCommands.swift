import SegmentCore

/// The `:` commands of a need's road: backing, merging, legal basis,
/// status and the provider's decision.
enum NeedCommands {
    static func back(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        guard arguments.count >= 2, let id = CommandLine.selected(.needs, state) else {
            return CommandLine.usage("back ORGNO IMPORTANCE [USE CASE] (on a need; 1 must have, 2 important, 3 nice to have)", &state)
        }
        guard let level = Int(arguments[1]), let importance = Importance(rawValue: level) else {
            return refuse(Wording("importance is 1 (must have), 2 (important) or 3 (nice to have), not \"{1}\"", arguments[1]), &state)
        }
        let useCase = arguments.dropFirst(2).joined(separator: " ")
        return [.needs(.back(needID: id, organisationNumber: arguments[0], importance: importance,
                      useCase: useCase.isEmpty ? nil : useCase))]
    }

    static func merge(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        guard arguments.count == 1, let id = CommandLine.selected(.needs, state) else {
            return CommandLine.usage("merge ID (on a need: merge it into need ID, which says the same)", &state)
        }
        guard let target = Int64(arguments[0].trimmingCharacters(in: ["#"])) else {
            return refuse(Wording("merge takes the number of the need to merge into, not \"{1}\"", arguments[0]), &state)
        }
        guard target != id else { return refuse(Wording("need #{1} cannot be merged into itself; nothing was changed", id), &state) }
        return [.needs(.mergeNeed(needID: id, into: target, seen: seenVersion(id, state)))]
    }

    static func legal(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        let bases = LegalBasis.allCases.map(\.rawValue).joined(separator: "|")
        guard let word = arguments.first, let id = CommandLine.selected(.needs, state) else {
            return CommandLine.usage(Wording("legal {1} [NOTE] (on a need)", bases), &state)
        }
        guard let basis = LegalBasis(rawValue: word) else { return CommandLine.usage(Wording("legal {1} [NOTE]", bases), &state) }
        let note = arguments.dropFirst().joined(separator: " ")
        return [.needs(.assessLegalBasis(needID: id, basis: basis, note: note.isEmpty ? nil : note, seen: seenVersion(id, state)))]
    }

    static func decision(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        guard arguments.count >= 2, ["accepted", "rejected"].contains(arguments[0]),
              let id = CommandLine.selected(.needs, state) else {
            return CommandLine.usage("decision accepted|rejected REF [NOTE] (on a need: the provider's decision and its reference)", &state)
        }
        let note = arguments.dropFirst(2).joined(separator: " ")
        return [.needs(.prepareNeedStep(needID: id, step: NeedStep(status: NeedStatus(rawValue: arguments[0])!,
                                                             note: note.isEmpty ? nil : note, reference: arguments[1]),
                                        seen: seenVersion(id, state)))]
    }

    static func status(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        let statuses = NeedStatus.allCases.filter { $0 != .merged }.map(\.rawValue).joined(separator: "|")
        guard let word = arguments.first, let id = CommandLine.selected(.needs, state) else {
            return CommandLine.usage(Wording("status {1} [NOTE] (on a need)", statuses), &state)
        }
        guard let status = NeedStatus(rawValue: word), status != .merged else {
            return CommandLine.usage(Wording("status {1} [NOTE]; a need is merged with :merge ID", statuses), &state)
        }
        let note = arguments.dropFirst().joined(separator: " ")
        return [.needs(.prepareNeedStep(needID: id, step: NeedStep(status: status, note: note.isEmpty ? nil : note), seen: seenVersion(id, state)))]
    }

    /// The version of need `id` the operator is looking at: its open
    /// record's, else its row's in the pane.
    private static func seenVersion(_ id: Int64, _ state: AppState) -> Int? {
        if let detail = state.detail, detail.pane == .needs, detail.id == id, case .need(let record) = detail.record { return record.row.version }
        return state.panes[.needs]?.versionsSeen([id])[id]
    }

    private static func refuse(_ reason: Wording, _ state: inout AppState) -> [Effect] {
        state.message = StatusMessage(reason, isError: true)
        return []
    }
}
