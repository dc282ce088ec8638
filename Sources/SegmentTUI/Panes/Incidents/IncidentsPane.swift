import SegmentCore

/// The incidents pane: every report, the open ones first by priority.
struct IncidentsPane: PaneDescriptor {
    let englishTitle = "Incidents"
    let entity = RecordKind.incident

    func table(width: Int) -> Table {
        let wide = width >= 110
        return Table(columns: [.fixed("", 1), .fixed("Pri", 3), .fixed("Age", 4, right: true),
                               .fixed("SLA", 6, right: true), .fixed("Status", 9), .fixed("Consumer", wide ? 26 : 16)]
                     + (wide ? [.fixed("Service", 22), .fixed("Code", 9)] : []) + [.rest("Title")])
    }

    func cells(_ rows: PaneRows, marked: Set<Int64>, width: Int, state: AppState) -> [[TableCell]] {
        guard case .incidents(let rows) = rows else { return [] }
        let wide = width >= 110, now = state.now
        return rows.map { row in
            let sla = Format.sla(dueAt: row.slaDueAt, now: now)
            return [markCell(row.id, marked), TableCell(row.priority.label, Format.role(for: row.priority)),
                    TableCell(Format.duration(now - row.receivedAt)), TableCell(sla.text, sla.role),
                    row.hasUnreadReply ? TableCell(localized("new reply"), .slaSoon) : TableCell(localized(row.status.label)),
                    TableCell(UntrustedText.line(row.consumerName ?? localized("(unmatched)")))]
                + (wide ? [TableCell(row.serviceKey), TableCell(UntrustedText.line(row.errorCode ?? ""))] : [])
                + [TableCell(UntrustedText.line(row.title))]
        }
    }

    func summary(_ pane: PaneState, _ overview: Overview) -> String {
        localized("{1} open · {2}", Format.count(overview.openIncidents), Format.count(pane.total))
    }

    func read(_ store: Store, anchor: WindowAnchor, limit: Int, filter: String) throws -> PaneRows {
        .incidents(try store.incidents(anchor: anchor, limit: limit, filter: filter))
    }

    func count(_ store: Store, filter: String) throws -> Int { try store.incidentCount(filter: filter, limit: PaneState.countLimit) }

    func key(_ store: Store, id: Int64, filter: String) throws -> [SQLValue]? { try store.incidentKey(id: id, filter: filter) }

    func record(_ store: Store, id: Int64) throws -> RecordDetail { .incident(try store.incident(id: id)) }
}
