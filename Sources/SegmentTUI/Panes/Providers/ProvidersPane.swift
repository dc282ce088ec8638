import SegmentCore

/// The providers pane: the providers of the segment with their services,
/// contacts, their own targets, the cases open with them and the notices
/// they published.
struct ProvidersPane: PaneDescriptor {
    let englishTitle = "Providers"
    let entity = RecordKind.provider

    let commandName = "providers"
    let overviewPlace: Int? = 3
    let focusHelp = "providers pane"

    /// The keys that act on its rows or its open record.
    var bindings: [Binding] {
        [
            Binding(keys: [.character("n")], command: .newRecord(.providers), name: "new-service",
                    help: "register a service of a provider in a short form: provider, key, name, environments",
                    modes: [.dashboard], inFooter: false, panes: [.providers]),
        ]
    }

    /// The form its `n` opens, for the provider selected.
    func entryForm(_ state: AppState) -> (any EntryFormKind)? {
        ServiceForm(providerKey: state.focus == .providers ? state.focusedPane.rows.providers.first { $0.id == state.focusedPane.selectedID }?.providerKey ?? "" : "")
    }


    var commands: [TypedCommand] {
        [
            TypedCommand(name: "target", arguments: "P ACK RESOLVE",
                         help: "the provider's own target for a priority: to acknowledge and to resolve a forwarded case (P1 4h 2d)",
                         panes: [.providers], run: ProviderCommands.target),
            TypedCommand(name: "contact", arguments: "ROLE EMAIL [NAME]",
                         help: "set the provider's operations, technical or business contact", panes: [.providers], run: ProviderCommands.contact),
        ]
    }

    func table(width: Int) -> Table {
        Table(columns: [.fixed("", 1), .fixed("Key", 14), .rest("Name"), .fixed("Services", 8, right: true),
                        .fixed("Open cases", 10, right: true), .fixed("Notices", 7, right: true), .fixed("Targets", 7, right: true)])
    }

    func cells(_ rows: PaneRows, marked: Set<Int64>, width: Int, state: AppState) -> [[TableCell]] {
        rows.providers.map { row in
            [markCell(row.id, marked), TableCell(UntrustedText.line(row.providerKey)), TableCell(UntrustedText.line(row.name)),
             TableCell(Format.count(row.services)), TableCell(Format.count(row.openCases)), TableCell(Format.count(row.notices)),
             TableCell(row.targets == 0 ? localized("none") : "\(row.targets)/\(Priority.allCases.count)", row.targets == 0 ? .slaSoon : nil)]
        }
    }

    func summary(_ pane: PaneState, _ overview: Overview) -> String {
        localized("{1} · {2}", Format.count(pane.total), Language.interface.counted(overview.services ?? 0, "{1} service", "{1} services"))
    }

    func read(_ store: Store, anchor: WindowAnchor, limit: Int, filter: String) throws -> PaneRows {
        PaneRows(try store.providers.window(anchor: anchor, limit: limit, filter: filter))
    }

    func count(_ store: Store, filter: String) throws -> Int { try store.providers.count(filter: filter) }

    func key(_ store: Store, id: Int64, filter: String) throws -> [SQLValue]? { try store.providers.sortKey(id: id, filter: filter) }

    func record(_ store: Store, id: Int64) throws -> RecordDetail {
        .provider(try store.providers.detail(id: id, now: store.now()))
    }
}

extension ProviderRow: PaneRow {
    public static func held(_ rows: [ProviderRow]) -> PaneRows.Held { .providers(rows) }
}

extension PaneRows {
    /// The rows as the providers pane holds them; none when another pane's.
    var providers: [ProviderRow] {
        if case .providers(let rows) = held { rows } else { [] }
    }
}
