import SegmentCore

/// The provider cases pane: one per fault brought to the provider.
struct CasesPane: PaneDescriptor {
    let englishTitle = "Provider cases"
    let entity = RecordKind.providerCase

    let commandName = "cases"
    let overviewPlace: Int? = 1
    let focusHelp = "provider cases pane"

    /// The keys that act on its rows or its open record.
    var bindings: [Binding] {
        [
            .paneKey(.cases(.forward), keys: [.character("f")],
                     help: "forward the provider case to the provider (shows the message first)",
                     modes: [.dashboard, .detail], inFooter: false, panes: [.cases]),
        ]
    }

    /// Cases are made by grouping incidents; its `n` records an incident
    /// taken by phone, with the incidents pane's form.
    func entryForm(_ state: AppState) -> (any EntryFormKind)? { nil }


    var commands: [TypedCommand] {
        [
            TypedCommand(name: "ref", arguments: "REF", help: "record the provider's reference on a case", panes: [.cases], run: CaseCommands.ref),
            TypedCommand(name: "update", arguments: "TEXT", help: "record what the provider said on a case", panes: [.cases], run: CaseCommands.update),
            TypedCommand(name: "article", arguments: "",
                         help: "on a question asked with :ask-provider: draft an article from it and the provider's reply, with the provider's reference",
                         panes: [.cases], run: CaseCommands.article),
            TypedCommand(name: "resolve", arguments: "TEXT", help: "resolve a case and tell every reporter (asks first)",
                         panes: [.cases], run: CaseCommands.resolve),
            TypedCommand(name: "tell", arguments: "TEXT",
                         help: "an interim update to every reporter of the case, each with its own reference (asks first)",
                         panes: [.cases], run: CaseCommands.tell),
        ]
    }

    func table(width: Int) -> Table {
        let wide = width >= 110
        return Table(columns: [.fixed("", 1), .fixed("Status", 12), .fixed("Affected", 9, right: true),
                               .fixed("At prov", 7, right: true)]
                     + (wide ? [.fixed("Reports", 7, right: true), .fixed("Service", 22), .fixed("Opened", 10)] : [])
                     + [.fixed("Provider ref", 12), .rest("Title")])
    }

    func cells(_ rows: PaneRows, marked: Set<Int64>, width: Int, state: AppState) -> [[TableCell]] {
        let rows = rows.cases
        let wide = width >= 110
        return rows.map { row in
            [markCell(row.id, marked), TableCell(localized(row.status.rawValue)), TableCell(Format.count(row.affectedConsumers)),
             { let clock = Format.providerClock(row, now: state.now); return TableCell(clock.text, clock.role) }()]
                + (wide ? [TableCell(Format.count(row.reports)), TableCell(row.serviceKey),
                           TableCell(Format.date(row.openedAt, state.timeZone))] : [])
                + [TableCell(row.providerReference.map(UntrustedText.line) ?? "—"), TableCell(UntrustedText.line(row.title))]
        }
    }

    func summary(_ pane: PaneState, _ overview: Overview) -> String {
        localized("{1} open · {2}", Format.count(overview.openCases), Format.count(pane.total))
    }

    func read(_ store: Store, anchor: WindowAnchor, limit: Int, filter: String) throws -> PaneRows {
        PaneRows(try store.cases.window(anchor: anchor, limit: limit, filter: filter))
    }

    func count(_ store: Store, filter: String) throws -> Int { try store.cases.count(filter: filter) }

    func key(_ store: Store, id: Int64, filter: String) throws -> [SQLValue]? { try store.cases.sortKey(id: id, filter: filter) }

    func record(_ store: Store, id: Int64) throws -> RecordDetail { .providerCase(try store.caseDesk.providerCase(id: id)) }
}

extension CaseRow: PaneRow {
    public static func held(_ rows: [CaseRow]) -> PaneRows.Held { .cases(rows) }
}

extension PaneRows {
    /// The rows as the cases pane holds them; none when another pane's.
    var cases: [CaseRow] {
        if case .cases(let rows) = held { rows } else { [] }
    }
}
