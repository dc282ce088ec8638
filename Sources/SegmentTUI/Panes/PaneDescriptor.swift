import SegmentCore

/// One pane of the dashboard as a unit: its name, its columns and cells,
/// the counts after its title, and how its window, counts, keys and records
/// are read from the store. Each lives in the pane's own folder beside its
/// record view, its `:` commands and the effects that change its records;
/// the loader, the table and the title ask the registry, never a switch.
protocol PaneDescriptor: Sendable {
    /// Its name in English, the key of its translations.
    var englishTitle: String { get }
    /// The kind of its records, as the journal names them.
    var entity: RecordKind { get }
    /// The `:` name of the key that focuses it.
    var commandName: String { get }
    /// What `?` says of that key.
    var focusHelp: String { get }
    /// The keys that act on its rows or its open record.
    var bindings: [Binding] { get }
    /// The form that records a new record of its kind, if it has one, as it
    /// starts from what the operator has selected.
    func entryForm(_ state: AppState) -> (any EntryFormKind)?
    /// Its `:` commands with arguments, each with the function that
    /// carries it out.
    var commands: [TypedCommand] { get }
    /// Which of the overview's four places (0-3) it takes; two panes may
    /// share one, the focused one showing.
    var overviewPlace: Int? { get }
    /// Its columns at `width`; wider tables show more.
    func table(width: Int) -> Table
    /// The cells of its rows, text sanitised.
    func cells(_ rows: PaneRows, marked: Set<Int64>, width: Int, state: AppState) -> [[TableCell]]
    /// The counts after its title when no filter narrows it: "312 open · 2,031".
    func summary(_ pane: PaneState, _ overview: Overview) -> String
    /// The rows from `anchor`, at most `limit`.
    func read(_ store: Store, anchor: WindowAnchor, limit: Int, filter: String) throws -> PaneRows
    func count(_ store: Store, filter: String) throws -> Int
    /// The sort key of record `id` under `filter`, or nil when the pane does not show it.
    func key(_ store: Store, id: Int64, filter: String) throws -> [SQLValue]?
    /// A record with its related records, for the record view or the preview.
    func record(_ store: Store, id: Int64) throws -> RecordDetail
}

extension PaneKind {
    /// The unit that knows everything about this pane.
    var descriptor: any PaneDescriptor {
        switch self {
        case .incidents: IncidentsPane()
        case .cases: CasesPane()
        case .notices: NoticesPane()
        case .needs: NeedsPane()
        case .consumers: ConsumersPane()
        case .providers: ProvidersPane()
        case .knowledge: KnowledgePane()
        }
    }
}

/// A cell marking a marked row.
func markCell(_ id: Int64, _ marked: Set<Int64>) -> TableCell {
    marked.contains(id) ? TableCell("*", .marked) : TableCell(" ")
}
