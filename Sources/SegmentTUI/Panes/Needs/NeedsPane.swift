import SegmentCore

/// The needs pane: the segment's needs by score, the highest first.
struct NeedsPane: PaneDescriptor {
    let englishTitle = "Needs"
    let entity = RecordKind.need

    let commandName = "needs"
    let overviewPlace: Int? = 3
    let focusHelp = "needs pane"

    /// The keys that act on its rows or its open record.
    var bindings: [Binding] {
        [
            Binding(keys: [.character("n")], command: .newRecord(.needs), name: "new-need",
                    help: "record a need in a short form, backed by the consumer that raised it", modes: [.dashboard],
                    inFooter: false, panes: [.needs]),
        ]
    }

    /// The form its `n` opens.
    func entryForm(_ state: AppState) -> (any EntryFormKind)? { NeedForm() }


    var commands: [TypedCommand] {
        [
            TypedCommand(name: "status", arguments: "S [NOTE]", help: "move the need on its road and tell its backers (asks first)",
                         panes: [.needs], run: NeedCommands.status),
            TypedCommand(name: "back", arguments: "ORGNO I [USE CASE]",
                         help: "a consumer backs the need: 1 must have, 2 important, 3 nice to have (again: updates it)",
                         panes: [.needs], run: NeedCommands.back),
            TypedCommand(name: "merge", arguments: "ID", help: "merge the need into need ID: backers carried over (u undoes)",
                         panes: [.needs], run: NeedCommands.merge),
            TypedCommand(name: "legal", arguments: "BASIS [NOTE]",
                         help: "whether the segment's legal basis covers it: covered, unclear, not_covered", panes: [.needs], run: NeedCommands.legal),
            TypedCommand(name: "decision", arguments: "accepted|rejected REF [NOTE]",
                         help: "the provider's decision and reference; tells every backer (asks first)", panes: [.needs], run: NeedCommands.decision),
        ]
    }

    func table(width: Int) -> Table {
        let plots = width >= PaneTable.plotWidth
        return Table(columns: [.fixed("", 1), .fixed("Score", 5, right: true)] + (plots ? [.fixed("", 12)] : [])
                     + [.fixed("Backers", 7, right: true), .fixed("Status", 11), .fixed("Legal", 7), .rest("Need")])
    }

    func cells(_ rows: PaneRows, marked: Set<Int64>, width: Int, state: AppState) -> [[TableCell]] {
        let rows = rows.needs
        let plots = width >= PaneTable.plotWidth
        let top = rows.map(\.score).max() ?? 0
        return rows.map { row in
            [markCell(row.id, marked), TableCell(String(row.score))]
                + (plots ? [TableCell(Plot.bar(row.score, of: top, width: 12, unicode: state.plotsInUnicode), .dim)] : [])
                + [TableCell(String(row.backers)), TableCell(localized(row.status.label)),
                   TableCell(row.legal == .notCovered ? localized("not cov") : row.legal == .unclear ? localized("unclear") : "",
                             row.legal == .notCovered ? .slaSoon : nil), TableCell(UntrustedText.line(row.title))]
        }
    }

    func summary(_ pane: PaneState, _ overview: Overview) -> String { Format.count(pane.total) }

    func read(_ store: Store, anchor: WindowAnchor, limit: Int, filter: String) throws -> PaneRows {
        PaneRows(try store.needs.window(anchor: anchor, limit: limit, filter: filter))
    }

    func count(_ store: Store, filter: String) throws -> Int { try store.needs.count(filter: filter) }

    func key(_ store: Store, id: Int64, filter: String) throws -> [SQLValue]? { try store.needs.sortKey(id: id, filter: filter) }

    func record(_ store: Store, id: Int64) throws -> RecordDetail { .need(try store.needDesk.need(id: id)) }
}

extension NeedRow: PaneRow {
    public var versionRead: Int? { version }
    public static func held(_ rows: [NeedRow]) -> PaneRows.Held { .needs(rows) }
}

extension PaneRows {
    /// The rows as the needs pane holds them; none when another pane's.
    var needs: [NeedRow] {
        if case .needs(let rows) = held { rows } else { [] }
    }
}
