import SegmentCore

/// The consumers pane: the banks or municipalities of the segment by name.
struct ConsumersPane: PaneDescriptor {
    let englishTitle = "Consumers"
    let entity = RecordKind.consumer

    let commandName = "consumers"
    let overviewPlace: Int? = 3
    let focusHelp = "consumers pane"

    /// The keys that act on its rows or its open record.
    var bindings: [Binding] {
        [
            Binding(keys: [.character("n")], command: .newRecord(.consumers), name: "new-consumer",
                    help: "register a consumer in a short form: organisation number (checked as typed), name, services, contact",
                    modes: [.dashboard], inFooter: false, panes: [.consumers]),
        ]
    }

    /// The form its `n` opens.
    func entryForm(_ state: AppState) -> (any EntryFormKind)? { ConsumerForm() }


    var commands: [TypedCommand] {
        [
            TypedCommand(name: "ask", arguments: "VERSION",
                         help: "ask every consumer that has not accepted agreement VERSION to accept it (asks first)", panes: nil,
                         run: OnboardingCommands.ask),
            TypedCommand(name: "stage", arguments: "STAGE [NOTE]",
                         help: "move the consumer in onboarding; back a step or to suspended needs a note", panes: [.consumers], run: ConsumerCommands.stage),
            TypedCommand(name: "accept", arguments: "VERSION",
                         help: "record that the consumer accepted an agreement version (a signed paper, a call)", panes: [.consumers], run: ConsumerCommands.accept),
            TypedCommand(name: "declared", arguments: "DATE REF",
                         help: "record the consumer's own declaration of its legal basis (its date and reference)", panes: [.consumers], run: ConsumerCommands.declared),
            TypedCommand(name: "contact", arguments: "ROLE EMAIL [NAME]",
                         help: "set the consumer's technical, business or vendor contact", panes: [.consumers], run: ConsumerCommands.contact),
            TypedCommand(name: "uses", arguments: "+KEY|-KEY", help: "a service the consumer starts or stops using",
                         panes: [.consumers], run: ConsumerCommands.uses),
            TypedCommand(name: "name", arguments: "NAME", help: "the consumer's name as the segment writes it (u undoes)",
                         panes: [.consumers], run: ConsumerCommands.name),
            TypedCommand(name: "domain", arguments: "DOMAIN|none", help: "the mail domain the consumer's people write from (u undoes)",
                         panes: [.consumers], run: ConsumerCommands.domain),
            TypedCommand(name: "operator", arguments: "ORGNO NAME|none",
                         help: "the vendor that runs the consumer's integration, or none when it runs it itself (u undoes)",
                         panes: [.consumers], run: ConsumerCommands.technicalOperator),
            TypedCommand(name: "tick", arguments: "STEP [STAGE]",
                         help: "tick a step of the consumer's onboarding checklist (its stage's, or STAGE's)", panes: [.consumers], run: OnboardingCommands.tick),
            TypedCommand(name: "untick", arguments: "STEP [STAGE]", help: "take a checklist tick back", panes: [.consumers], run: OnboardingCommands.tick),
        ]
    }

    func table(width: Int) -> Table {
        Table(columns: [.fixed("", 1), .fixed("Org no", 11), .rest("Name"), .fixed("Stage", 10), .fixed("Agreement", 9),
                        .fixed("Open", 5, right: true)])
    }

    func cells(_ rows: PaneRows, marked: Set<Int64>, width: Int, state: AppState) -> [[TableCell]] {
        let rows = rows.consumers
        let current = state.overview.currentAgreement
        return rows.map { row in
            let agreement = row.acceptedAgreement.map { "v\($0)" } ?? localized("none")
            let behind = current != nil && row.acceptedAgreement != current
            return [markCell(row.id, marked), TableCell(OrganisationNumber.grouped(row.organisationNumber)),
                    TableCell(UntrustedText.line(row.name)), TableCell(localized(row.stage.label)),
                    TableCell(behind && row.acceptedAgreement != nil ? localized("{1} old", agreement) : agreement, behind ? .slaSoon : nil),
                    TableCell(String(row.openIncidents))]
        }
    }

    func summary(_ pane: PaneState, _ overview: Overview) -> String { Self.stages(pane.total, overview.consumersByStage ?? [:]) }

    /// The consumers of the segment by where they are: "128 · 92 live · 33 onboarding · 3 suspended";
    /// offboarded ones are no longer the segment's and are only named aside.
    static func stages(_ total: Int, _ stages: [OnboardingStage: Int]) -> String {
        let offboarded = stages[.offboarded] ?? 0
        let onboarding = OnboardingStage.pipeline.dropLast().reduce(0) { $0 + (stages[$1] ?? 0) }
        var parts = [Format.count(total - offboarded)]
        if let live = stages[.live], live > 0 { parts.append(localized("{1} live", Format.count(live))) }
        if onboarding > 0 { parts.append(localized("{1} onboarding", Format.count(onboarding))) }
        if let suspended = stages[.suspended], suspended > 0 { parts.append(localized("{1} suspended", Format.count(suspended))) }
        return parts.joined(separator: " · ") + (offboarded > 0 ? " " + localized("({1} offboarded)", Format.count(offboarded)) : "")
    }

    func read(_ store: Store, anchor: WindowAnchor, limit: Int, filter: String) throws -> PaneRows {
        PaneRows(try store.consumers.window(anchor: anchor, limit: limit, filter: filter))
    }

    func count(_ store: Store, filter: String) throws -> Int { try store.consumers.count(filter: filter) }

    func key(_ store: Store, id: Int64, filter: String) throws -> [SQLValue]? { try store.consumers.sortKey(id: id, filter: filter) }

    func record(_ store: Store, id: Int64) throws -> RecordDetail { .consumer(try store.consumerDesk.consumer(id: id)) }
}

extension ConsumerRow: PaneRow {
    public var versionRead: Int? { version }
    public static func held(_ rows: [ConsumerRow]) -> PaneRows.Held { .consumers(rows) }
}

extension PaneRows {
    /// The rows as the consumers pane holds them; none when another pane's.
    var consumers: [ConsumerRow] {
        if case .consumers(let rows) = held { rows } else { [] }
    }
}
