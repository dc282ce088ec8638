import SegmentCore

/// The provider cases pane: one per fault brought to the provider.
struct CasesPane: PaneDescriptor {
    let englishTitle = "Provider cases"
    let entity = RecordKind.providerCase

    func table(width: Int) -> Table {
        let wide = width >= 110
        return Table(columns: [.fixed("", 1), .fixed("Status", 12), .fixed("Affected", 9, right: true),
                               .fixed("At prov", 7, right: true)]
                     + (wide ? [.fixed("Reports", 7, right: true), .fixed("Service", 22), .fixed("Opened", 10)] : [])
                     + [.fixed("Provider ref", 12), .rest("Title")])
    }

    func cells(_ rows: PaneRows, marked: Set<Int64>, width: Int, state: AppState) -> [[TableCell]] {
        guard case .cases(let rows) = rows else { return [] }
        let wide = width >= 110
        return rows.map { row in
            [markCell(row.id, marked), TableCell(localized(row.status.rawValue)), TableCell(Format.count(row.affectedConsumers)),
             TableCell(Format.providerClock(row, now: state.now))]
                + (wide ? [TableCell(Format.count(row.reports)), TableCell(row.serviceKey),
                           TableCell(Format.date(row.openedAt, state.timeZone))] : [])
                + [TableCell(UntrustedText.line(row.providerReference ?? "—")), TableCell(UntrustedText.line(row.title))]
        }
    }

    func summary(_ pane: PaneState, _ overview: Overview) -> String {
        localized("{1} open · {2}", Format.count(overview.openCases), Format.count(pane.total))
    }

    func read(_ store: Store, anchor: WindowAnchor, limit: Int, filter: String) throws -> PaneRows {
        .cases(try store.cases(anchor: anchor, limit: limit, filter: filter))
    }

    func count(_ store: Store, filter: String) throws -> Int { try store.caseCount(filter: filter) }

    func key(_ store: Store, id: Int64, filter: String) throws -> [SQLValue]? { try store.caseKey(id: id, filter: filter) }

    func record(_ store: Store, id: Int64) throws -> RecordDetail { .providerCase(try store.providerCase(id: id)) }
}
