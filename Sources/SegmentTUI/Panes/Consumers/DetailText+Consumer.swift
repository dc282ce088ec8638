import SegmentCore

extension DetailText {
    /// A consumer's record: where it is in onboarding, its agreement and
    /// declared legal basis, contacts, checklists, mail and incidents.
    static func consumer(_ detail: ConsumerDetail, _ state: AppState) -> [DetailLine] {
        let row = detail.row
        var lines = [
            DetailLine("", "\(UntrustedText.line(row.name)) (\(OrganisationNumber.grouped(row.organisationNumber)))", .header),
            DetailLine(localized("Stage"), localized("{1}, for {2}", localized(row.stage.label), Format.duration(max(0, state.now - detail.stageSince)))),
            DetailLine(localized("Agreement"), (row.acceptedAgreement.map { localized("v{1} accepted", $0) } ?? localized("none accepted"))
                       + (state.overview.currentAgreement.map { " " + localized("(current v{1})", $0) } ?? "")),
            DetailLine(localized("Legal basis"), detail.legalDeclaredAt.map {
                localized("declared by the consumer on {1}, its own assessment: {2} (recorded as it told us; not judged by the coordinator)",
                          Format.date($0, state.timeZone), UntrustedText.line(detail.legalReference ?? "-"))
            } ?? localized("no declaration from the consumer yet (:declared DATE REF when it gives one)"),
                       detail.legalDeclaredAt == nil ? .slaSoon : .normal),
            DetailLine(localized("Operated by"), detail.technicalOperatorName.map {
                "\(UntrustedText.line($0)) (\(detail.technicalOperatorNumber.map(OrganisationNumber.grouped) ?? "?"))" } ?? localized("itself")),
            DetailLine(localized("Mail domain"), detail.mailDomain.map(UntrustedText.line) ?? localized("none (:domain DOMAIN)")),
            DetailLine(localized("Services"), detail.services.joined(separator: ", ")),
            DetailLine(localized("Open"), localized("{1} incidents", Format.count(row.openIncidents))),
            .blank, .heading(localized("Contacts")),
        ]
        lines += detail.contacts.map {
            DetailLine(localized($0.role.rawValue), UntrustedText.line("\($0.name) <\($0.email)>") + ($0.isSharedMailbox ? " " + localized("(shared mailbox)") : ""))
        }
        lines += checklistLines(detail, state)
        lines += received(localized("Mail on the agreement (:accept VERSION records a signed one)"), detail.agreementMail, state)
        lines += [.blank, .heading(localized("Incidents, open first"))]
        lines += detail.recentIncidents.map {
            DetailLine(Format.date($0.receivedAt, state.timeZone),
                       "\($0.priority.label) \(localized($0.status.label)) · \(UntrustedText.line($0.title))")
        }
        lines += messages(localized("Messages ({1}, newest first)", Format.count(detail.correspondence.total)), detail.correspondence, state)
        return lines
    }

    /// Each configured stage's checklist, the consumer's own stage first,
    /// each step ticked or not.
    private static func checklistLines(_ detail: ConsumerDetail, _ state: AppState) -> [DetailLine] {
        let stages = [detail.row.stage] + OnboardingStage.pipeline.filter { $0 != detail.row.stage }
        var lines: [DetailLine] = []
        for stage in stages {
            guard let steps = detail.checklists[stage], !steps.isEmpty else { continue }
            let current = stage == detail.row.stage
            lines += [.blank, .heading(localized("Checklist: {1}", localized(stage.label)) + " " + (current ? localized("(its stage; :tick N)") : "(:tick N \(stage.rawValue))"))]
            for (index, step) in steps.enumerated() {
                let tick = detail.checklistTicks.first { $0.stage == stage && $0.step == index + 1 }
                let mark = tick == nil ? "[ ]" : "[x]"
                let done = tick.map { " (\(UntrustedText.line($0.by)), \(Format.date($0.at, state.timeZone)))" } ?? ""
                lines.append(DetailLine("\(mark) \(index + 1)", UntrustedText.line(step.text) + done
                                        + (step.link.map { " · \(UntrustedText.line($0))" } ?? ""),
                                        tick == nil && current ? .slaSoon : .normal))
            }
        }
        return lines
    }
}

extension ConsumerDetail: PaneRecord {
    func lines(_ state: AppState) -> [DetailLine] { DetailText.consumer(self, state) }
}

extension RecordDetail {
    /// The record as the consumers pane reads it; nil when another pane's.
    var consumer: ConsumerDetail? {
        if case .consumer(let record) = self { record } else { nil }
    }
}
