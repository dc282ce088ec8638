import SegmentCore

/// The `:` commands on an article: a field changed, with the version the
/// operator saw.
enum KnowledgeCommands {
    /// The version of article `id` the operator is looking at: its open
    /// record's, else its row's in the pane.
    static func seenVersion(_ id: Int64, _ state: AppState) -> Int? {
        if let detail = state.detail, detail.pane == .knowledge, detail.id == id, case .article(let article) = detail.record {
            return article.version
        }
        return state.panes[.knowledge]?.versionsSeen([id])[id]
    }

    static func publish(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        guard arguments.isEmpty, let id = CommandLine.selected(.knowledge, state) else {
            return CommandLine.usage("publish (on an article)", &state)
        }
        return [.knowledge(.publishAsNotice(articleID: id))]
    }

    static func edit(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        guard arguments.count >= 1, let id = CommandLine.selected(.knowledge, state) else {
            return CommandLine.usage("edit FIELD VALUE (on an article; no value clears the field)", &state)
        }
        return [.knowledge(.edit(articleID: id, field: arguments[0], value: arguments.dropFirst().joined(separator: " "),
                                 seen: seenVersion(id, state)))]
    }
}
