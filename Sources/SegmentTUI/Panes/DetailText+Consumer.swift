import SegmentCore

extension DetailText {
    /// A consumer's record: where it is in onboarding, its agreement and
    /// declared legal basis, contacts, checklists, mail and incidents.
    static func consumer(_ detail: ConsumerDetail, _ state: AppState) -> [DetailLine] {
        let row = detail.row
        var lines = [
            DetailLine("", "\(UntrustedText.line(row.name)) (\(OrganisationNumber.grouped(row.organisationNumber)))", .header),
            DetailLine("Stage", "\(row.stage.rawValue.replacingOccurrences(of: "_", with: " ")), for "
                       + Format.duration(max(0, state.now - detail.stageSince))),
            DetailLine("Agreement", (row.acceptedAgreement.map { "v\($0) accepted" } ?? "none accepted")
                       + (state.overview.currentAgreement.map { " (current v\($0))" } ?? "")),
            DetailLine("Legal basis", detail.legalDeclaredAt.map {
                "declared by the consumer on \(Format.date($0, state.timeZone)), its own assessment: "
                    + UntrustedText.line(detail.legalReference ?? "-") + " (recorded as it told us; not judged by the coordinator)"
            } ?? "no declaration from the consumer yet (:declared DATE REF when it gives one)",
                       detail.legalDeclaredAt == nil ? .slaSoon : .normal),
            DetailLine("Operated by", detail.technicalOperatorName.map {
                "\(UntrustedText.line($0)) (\(detail.technicalOperatorNumber.map(OrganisationNumber.grouped) ?? "?"))" } ?? "itself"),
            DetailLine("Services", detail.services.joined(separator: ", ")),
            DetailLine("Open", "\(row.openIncidents) incidents"),
            .blank, .heading("Contacts"),
        ]
        lines += detail.contacts.map {
            DetailLine($0.role.rawValue, UntrustedText.line("\($0.name) <\($0.email)>") + ($0.isSharedMailbox ? " (shared mailbox)" : ""))
        }
        lines += checklistLines(detail, state)
        lines += received("Mail on the agreement (:accept VERSION records a signed one)", detail.agreementMail, state)
        lines += [.blank, .heading("Incidents, open first")]
        lines += detail.recentIncidents.map {
            DetailLine(Format.date($0.receivedAt, state.timeZone),
                       "\($0.priority.label) \($0.status.label) · \(UntrustedText.line($0.title))")
        }
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
            lines += [.blank, .heading("Checklist: \(stage.rawValue)" + (current ? " (its stage; :tick N)" : " (:tick N \(stage.rawValue))"))]
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
