import SegmentCore

/// The knowledge pane: what the segment has learnt, most used first
/// (replies in the last 90 days), searched with `/` in both languages.
struct KnowledgePane: PaneDescriptor {
    let englishTitle = "Knowledge"
    let entity = RecordKind.article

    let commandName = "knowledge"
    let overviewPlace: Int? = 3
    let focusHelp = "knowledge pane"

    var bindings: [Binding] {
        [
            Binding(keys: [.character("n")], command: .newRecord(.knowledge), name: "new-article",
                    help: "write an article in a form: title and text in bokmål and English, services, codes, tags",
                    modes: [.dashboard], inFooter: false, panes: [.knowledge]),
        ]
    }

    func entryForm(_ state: AppState) -> (any EntryFormKind)? { ArticleForm() }

    var commands: [TypedCommand] {
        [
            TypedCommand(name: "edit", arguments: "FIELD VALUE",
                         help: "change an article: title_nb, text_nb, title_en, text_en, services, error_codes, tags, status, source, provider_reference, clarified_at (the journal keeps the one before)",
                         panes: [.knowledge], run: KnowledgeCommands.edit),
            TypedCommand(name: "publish", arguments: "",
                         help: "send the article to the consumers of its services as an information notice (a draft notice, then its box)",
                         panes: [.knowledge], run: KnowledgeCommands.publish),
        ]
    }

    func table(width: Int) -> Table {
        Table(columns: [.fixed("", 1), .fixed("Uses", 5, right: true), .fixed("Status", 9), .fixed("Lang", 5)]
              + (width >= 110 ? [.fixed("Codes", 16), .fixed("Services", 22)] : [.fixed("Codes", 10)]) + [.rest("Title")])
    }

    func cells(_ rows: PaneRows, marked: Set<Int64>, width: Int, state: AppState) -> [[TableCell]] {
        rows.articles.map { row in
            [markCell(row.id, marked), TableCell(Format.count(row.recentUses)),
             TableCell(localized(row.status.rawValue), row.status == .draft ? .slaSoon : row.status == .retired ? .dim : nil),
             TableCell(row.languages), TableCell(UntrustedText.line(row.errorCodes))]
                + (width >= 110 ? [TableCell(UntrustedText.line(row.serviceKeys))] : [])
                + [TableCell(UntrustedText.line(row.title))]
        }
    }

    func summary(_ pane: PaneState, _ overview: Overview) -> String {
        localized("{1} · most used first", Format.count(pane.total))
    }

    func read(_ store: Store, anchor: WindowAnchor, limit: Int, filter: String) throws -> PaneRows {
        PaneRows(try store.knowledge.window(anchor: anchor, limit: limit, filter: filter))
    }

    func count(_ store: Store, filter: String) throws -> Int { try store.knowledge.count(filter: filter) }

    func key(_ store: Store, id: Int64, filter: String) throws -> [SQLValue]? { try store.knowledge.sortKey(id: id, filter: filter) }

    func record(_ store: Store, id: Int64) throws -> RecordDetail {
        guard let article = try store.knowledge.article(id) else { throw StoreError.notFound(entity: .article, id: id) }
        return .article(article)
    }
}

extension ArticleRow: PaneRow {
    public var key: [SQLValue] { [.integer(Int64(sortUses)), .integer(id)] }
    public var versionRead: Int? { version }
    public static func held(_ rows: [ArticleRow]) -> PaneRows.Held { .articles(rows) }
}

extension PaneRows {
    /// The rows as the knowledge pane holds them; none when another pane's.
    var articles: [ArticleRow] {
        if case .articles(let rows) = held { rows } else { [] }
    }
}
