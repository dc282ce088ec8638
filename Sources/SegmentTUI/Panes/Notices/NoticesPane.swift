import SegmentCore

/// The change notices pane: drafts, then those ahead or in force, then past.
struct NoticesPane: PaneDescriptor {
    let englishTitle = "Change notices"
    let entity = RecordKind.notice

    let commandName = "notices"
    let overviewPlace: Int? = 2
    let focusHelp = "change notices pane"

    /// The keys that act on its rows or its open record.
    var bindings: [Binding] {
        [
            Binding(keys: [.character("n")], command: .newRecord(.notices), name: "new-notice",
                    help: "write a notice in a short form: a draft to publish with :publish", modes: [.dashboard], inFooter: false,
                    panes: [.notices]),
        ]
    }

    /// The form its `n` opens.
    func entryForm(_ state: AppState) -> (any EntryFormKind)? { NoticeForm() }


    var commands: [TypedCommand] {
        [
            TypedCommand(name: "publish", arguments: "",
                         help: "publish the notice: one message per consumer of its audience (shows the count, asks first)",
                         panes: [.notices], run: NoticeCommands.publish),
            TypedCommand(name: "ack", arguments: "ORGNO STATE [NOTE]",
                         help: "record a consumer's answer: pending, acknowledged, assessed, ready, not_affected", panes: [.notices], run: NoticeCommands.ack),
            TypedCommand(name: "audience", arguments: "+ORGNO|-ORGNO",
                         help: "add a consumer to the notice, or take out one not yet sent it", panes: [.notices], run: NoticeCommands.audience),
            TypedCommand(name: "kind", arguments: "KIND [breaking]",
                         help: "classify a draft notice (a provider's mail arrives as interface_change)", panes: [.notices], run: NoticeCommands.kind),
            TypedCommand(name: "edit", arguments: "FIELD VALUE",
                         help: "correct a notice: title, text, effective, deadline, ends, services, environment (published: asks, tells each consumer)",
                         panes: [.notices], run: NoticeCorrectionCommands.edit),
            TypedCommand(name: "postpone", arguments: "DATE [HH:MM]",
                         help: "a notice takes effect later; an end moves with it (published: asks, tells each consumer)",
                         panes: [.notices], run: NoticeCorrectionCommands.postpone),
            TypedCommand(name: "withdraw", arguments: "REASON",
                         help: "a notice no longer holds; each consumer sent it is told why (asks first)",
                         panes: [.notices], run: NoticeCorrectionCommands.withdraw),
            TypedCommand(name: "end", arguments: "",
                         help: "an outage or maintenance in force is over now; each consumer sent it is told (asks first)",
                         panes: [.notices], run: NoticeCorrectionCommands.end),
            TypedCommand(name: "join", arguments: "",
                         help: "on an outage notice: its open reports from before it was announced join its case", panes: [.notices], run: NoticeCommands.join),
        ]
    }

    func table(width: Int) -> Table {
        let wide = width >= 110, plots = width >= PaneTable.plotWidth
        return Table(columns: [.fixed("", 1), .fixed("Kind", 12), .fixed("Breaking", 8), .fixed("Status", 9),
                               .fixed("Effective", 10), .fixed("Done", 9, right: true)]
                     + (plots ? [.fixed("Progress", 12)] : []) + (wide ? [.fixed("Deadline", 10)] : []) + [.rest("Title")])
    }

    func cells(_ rows: PaneRows, marked: Set<Int64>, width: Int, state: AppState) -> [[TableCell]] {
        let rows = rows.notices
        let wide = width >= 110, plots = width >= PaneTable.plotWidth, zone = state.timeZone
        return rows.map { row in
            let draft = row.status == .draft
            let late = NoticeProgress.isLate(row, now: state.now)
            return [markCell(row.id, marked), TableCell(localized(row.kind.label)),
                    TableCell(row.breaking ? localized("BREAKING") : "", .headerAlert),
                    TableCell(localized(row.status.rawValue), draft ? .slaSoon : nil), TableCell(Format.date(row.effectiveAt, zone)),
                    TableCell(draft ? "→\(Format.count(row.audience))" : "\(Format.count(row.done))/\(Format.count(row.audience))",
                              late ? .slaBreached : nil)]
                + (plots ? [TableCell(draft ? "" : Plot.bar(row.done, of: row.audience, width: 12, unicode: state.plotsInUnicode),
                                      .dim)] : [])
                + (wide ? [TableCell(row.deadline.map { Format.date($0, zone) } ?? "—", late ? .slaBreached : nil)] : [])
                + [TableCell(UntrustedText.line(row.title))]
        }
    }

    func summary(_ pane: PaneState, _ overview: Overview) -> String {
        Format.count(pane.total) + (overview.draftNotices > 0 ? " · " + localized("{1} draft", Format.count(overview.draftNotices)) : "")
            + (overview.medianNoticeLeadTime.map { " · " + localized("lead time {1} (median)", Format.duration($0)) } ?? "")
    }

    func read(_ store: Store, anchor: WindowAnchor, limit: Int, filter: String) throws -> PaneRows {
        PaneRows(try store.notices.window(anchor: anchor, limit: limit, filter: filter))
    }

    func count(_ store: Store, filter: String) throws -> Int { try store.notices.count(filter: filter) }

    func key(_ store: Store, id: Int64, filter: String) throws -> [SQLValue]? { try store.notices.sortKey(id: id, filter: filter) }

    func record(_ store: Store, id: Int64) throws -> RecordDetail { .notice(try store.notice(id: id)) }
}

extension NoticeRow: PaneRow {
    public static func held(_ rows: [NoticeRow]) -> PaneRows.Held { .notices(rows) }
}

extension PaneRows {
    /// The rows as the notices pane holds them; none when another pane's.
    var notices: [NoticeRow] {
        if case .notices(let rows) = held { rows } else { [] }
    }
}
