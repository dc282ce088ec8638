import SegmentCore

/// The incidents pane: every report, the open ones first by priority.
struct IncidentsPane: PaneDescriptor {
    let englishTitle = "Incidents"
    let entity = RecordKind.incident

    let commandName = "incidents"
    let overviewPlace: Int? = 0
    let focusHelp = "incidents pane"

    /// The keys that act on its rows or its open record.
    var bindings: [Binding] {
        [
            Binding(keys: [.character(" ")], command: .toggleMark, name: "mark", help: "mark or unmark the incident",
                    modes: [.dashboard], inFooter: false, panes: [.incidents]),
            .paneKey(.incidents(.assignMe), keys: [.character("a")], help: "assign the incident(s) to me",
                     modes: [.dashboard, .detail], inFooter: true, panes: [.incidents]),
            .paneKey(.incidents(.severityUp), keys: [.character("s")], help: "raise priority (impact one step higher)",
                     modes: [.dashboard, .detail], inFooter: false, panes: [.incidents]),
            .paneKey(.incidents(.severityDown), keys: [.character("S")], help: "lower priority (impact one step lower)",
                     modes: [.dashboard, .detail], inFooter: false, panes: [.incidents]),
            .paneKey(.incidents(.nextStatus), keys: [.character("t")], help: "status: new → triaged → waiting on consumer",
                     modes: [.dashboard, .detail], inFooter: false, panes: [.incidents]),
            .paneKey(.incidents(.answer), keys: [.character("r")],
                     help: "reply to the reporter: in a record, the first article proposed, else the known answer for its code, else :reply TEXT",
                     modes: [.dashboard, .detail], inFooter: false, panes: [.incidents]),
            // The banner's proposal can be grouped from any pane.
            .paneKey(.incidents(.group), keys: [.character("m")],
                     help: "group the fault the banner proposes (in pane 1: the marked incidents) into one provider case",
                     modes: [.dashboard, .detail], inFooter: false, panes: nil),
            Binding(keys: [.character("n")], command: .newRecord(.incidents), name: "new-incident",
                    help: "new incident taken by phone: a short form (or :new ORGNO SERVICE TITLE)", modes: [.dashboard], inFooter: false,
                    panes: [.incidents, .cases]),
        ]
    }

    /// The form its `n` opens.
    func entryForm(_ state: AppState) -> (any EntryFormKind)? { PhoneReportForm() }

    /// Its keys' work, by their names.


    var commands: [TypedCommand] {
        [
            TypedCommand(name: "new", arguments: "O S TITLE", help: "incident taken by phone: organisation number, service, title",
                         panes: nil, run: IncidentCommands.new),
            TypedCommand(name: "assign", arguments: "LOGIN", help: "assign the incident(s) to an operator; :assign me",
                         panes: [.incidents], run: IncidentCommands.assign),
            TypedCommand(name: "sev", arguments: "I U", help: "set impact and urgency, 1 high to 3 low (gives P1-P5)",
                         panes: [.incidents], run: IncidentCommands.sev),
            TypedCommand(name: "priority", arguments: "I U", help: "the same as :sev", panes: [.incidents], run: IncidentCommands.sev),
            TypedCommand(name: "status", arguments: "S [R]",
                         help: "set the incident's status (resolved and closed need a resolution)", panes: [.incidents], run: IncidentCommands.status),
            TypedCommand(name: "reply", arguments: "TEXT", help: "reply to the incident's reporter (asks first)", panes: [.incidents], run: IncidentCommands.reply),
            TypedCommand(name: "uncase", arguments: "", help: "take the incident(s) out of their provider case", panes: [.incidents], run: IncidentCommands.uncase),
            TypedCommand(name: "answered", arguments: "[NOTE]",
                         help: "the reporter was answered outside segdesk (a phone call): the first-answer clock stops",
                         panes: [.incidents], run: IncidentCommands.answered),
            TypedCommand(name: "consumer", arguments: "ORGNO", help: "attach an unmatched mail report to its consumer",
                         panes: [.incidents], run: IncidentCommands.consumer),
            TypedCommand(name: "service", arguments: "KEY", help: "say which service the incident is about", panes: [.incidents], run: IncidentCommands.service),
            TypedCommand(name: "answer", arguments: "[N]",
                         help: "reply with article N of the knowledge base (alone: as r) in the reporter's language, and resolve as answered (asks first)",
                         panes: [.incidents], run: IncidentCommands.answer),
            TypedCommand(name: "ask-provider", arguments: "TEXT",
                         help: "ask the provider's experts to clarify a question: a question case in its own thread, the provider's clock on it (asks first)",
                         panes: [.incidents], run: IncidentCommands.askProvider),
            TypedCommand(name: "need", arguments: "", help: "a change request becomes a need backed by its consumer; it is resolved",
                         panes: [.incidents], run: IncidentCommands.need),
        ]
    }

    func table(width: Int) -> Table {
        let wide = width >= 110
        if width < Layout.compactWidth {
            return Table(columns: [.fixed("", 1), .fixed("Pri", 3), .fixed("Age", 4, right: true), .fixed("Consumer", 10), .rest("Title")])
        }
        return Table(columns: [.fixed("", 1), .fixed("Pri", 3), .fixed("Age", 4, right: true),
                               .fixed("SLA", 6, right: true), .fixed("Status", 9), .fixed("Consumer", wide ? 26 : 16)]
                     + (wide ? [.fixed("Service", 22), .fixed("Code", 9)] : []) + [.rest("Title")])
    }

    func cells(_ rows: PaneRows, marked: Set<Int64>, width: Int, state: AppState) -> [[TableCell]] {
        let rows = rows.incidents
        let wide = width >= 110, now = state.now
        if width < Layout.compactWidth {
            // The age takes the clock's colour: overdue shows without a column of its own.
            return rows.map { row in
                [markCell(row.id, marked), TableCell(row.priority.label, Format.role(for: row.priority)),
                 TableCell(Format.duration(now - row.receivedAt), Format.sla(dueAt: row.slaDueAt, now: now).role),
                 TableCell(row.consumerName.map(ConsumerName.short) ?? localized("(unmatched)")),
                 TableCell((row.hasUnreadReply ? "* " : "") + UntrustedText.line(row.title))]
            }
        }
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
        PaneRows(try store.incidents(anchor: anchor, limit: limit, filter: filter))
    }

    func count(_ store: Store, filter: String) throws -> Int { try store.incidentCount(filter: filter, limit: PaneState.countLimit) }

    func key(_ store: Store, id: Int64, filter: String) throws -> [SQLValue]? { try store.incidentKey(id: id, filter: filter) }

    func record(_ store: Store, id: Int64) throws -> RecordDetail { .incident(try store.incident(id: id)) }
}

/// An incident row carries the version an edit from it expects.
extension IncidentRow: PaneRow {
    public var versionRead: Int? { version }
    public static func held(_ rows: [IncidentRow]) -> PaneRows.Held { .incidents(rows) }
}

extension PaneRows {
    /// The rows as the incidents pane holds them; none when another pane's.
    var incidents: [IncidentRow] {
        if case .incidents(let rows) = held { rows } else { [] }
    }
}
