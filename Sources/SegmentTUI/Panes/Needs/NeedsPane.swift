import SegmentCore

/// The needs pane: the segment's needs by score, the highest first.
struct NeedsPane: PaneDescriptor {
    let englishTitle = "Needs"
    let entity = RecordKind.need

    func table(width: Int) -> Table {
        let plots = width >= PaneTable.plotWidth
        return Table(columns: [.fixed("", 1), .fixed("Score", 5, right: true)] + (plots ? [.fixed("", 12)] : [])
                     + [.fixed("Backers", 7, right: true), .fixed("Status", 11), .fixed("Legal", 7), .rest("Need")])
    }

    func cells(_ rows: PaneRows, marked: Set<Int64>, width: Int, state: AppState) -> [[TableCell]] {
        guard case .needs(let rows) = rows else { return [] }
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
        .needs(try store.needs(anchor: anchor, limit: limit, filter: filter))
    }

    func count(_ store: Store, filter: String) throws -> Int { try store.needCount(filter: filter) }

    func key(_ store: Store, id: Int64, filter: String) throws -> [SQLValue]? { try store.needKey(id: id, filter: filter) }

    func record(_ store: Store, id: Int64) throws -> RecordDetail { .need(try store.need(id: id)) }
}
