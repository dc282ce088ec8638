import SegmentCore

extension DetailText {
    /// An incident's record: its triage, its reporter, what may be the same
    /// fault, the report and the replies.
    static func incident(_ detail: IncidentDetail, _ state: AppState) -> [DetailLine] {
        let row = detail.row
        let sla = Format.sla(dueAt: row.slaDueAt, now: state.now)
        var lines = [
            DetailLine("", localized("Incident #{1}: {2}", row.id, UntrustedText.line(row.title)), .header),
            DetailLine(localized("Priority"), localized("{1} (impact {2}, urgency {3})", row.priority.label, detail.assessment.impact, detail.assessment.urgency),
                       Format.role(for: row.priority) ?? .normal),
            DetailLine(localized("Status"), localized(row.status.label) + (detail.resolution.map { " (\(localized($0.rawValue)))" } ?? "")),
            DetailLine(localized("SLA"), row.slaDueAt == nil ? localized("clock stopped") : (sla.text.hasPrefix("+") ? localized("overdue by {1}", sla.text.dropFirst()) : localized("{1} left", sla.text)),
                       sla.role ?? .normal),
            DetailLine(localized("Kind"), localized(detail.kind.rawValue)),
            row.consumerName == nil
                ? DetailLine(localized("Consumer"), localized("unmatched sender: attach with :consumer ORGNO"), .slaSoon)
                : DetailLine(localized("Consumer"), UntrustedText.line(row.consumerName ?? "") + (detail.organisationNumber.map { " (\(OrganisationNumber.grouped($0)))" } ?? "")),
            DetailLine(localized("Reporter"), UntrustedText.line([detail.reporterName, detail.reporterEmail.map { "<\($0)>" }].compactMap { $0 }.joined(separator: " "))),
            DetailLine(localized("Their ref"), UntrustedText.line(detail.externalID)),
            row.serviceKey == Store.unsortedServiceKey
                ? DetailLine(localized("Service"), localized("not known yet: name it with :service KEY"), .slaSoon)
                : DetailLine(localized("Service"), "\(row.serviceKey) (\(detail.environment.rawValue))"),
            DetailLine(localized("Received"), Format.timestamp(row.receivedAt, state.timeZone)),
            DetailLine(localized("Error code"), UntrustedText.line(row.errorCode ?? "—")),
            DetailLine(localized("Same fault"), sameFault(detail), detail.consumersWithSameFault >= 3 ? .slaSoon : .normal),
            DetailLine(localized("Correlation"), UntrustedText.line(detail.correlationID ?? "—")),
            DetailLine(localized("Assignee"), UntrustedText.line(detail.assignee ?? localized("nobody"))),
        ]
        if let answer = state.knownAnswers.answer(for: row.errorCode, in: Language.interface) {
            lines.append(DetailLine(localized("Known answer"), localized("{1} (r sends it and resolves the incident)", answer), .slaSoon))
        }
        if !detail.articleProposals.isEmpty {
            lines += [.blank, .heading(localized("Articles that may answer it (:answer N sends one, :answer the first)"))]
            lines += detail.articleProposals.map {
                DetailLine("#\($0.article)", "\(UntrustedText.line($0.title)) · \($0.reason)")
            }
        }
        if let caseID = detail.caseID {
            lines.append(DetailLine(localized("Case"), "#\(caseID) \(UntrustedText.line(detail.caseTitle ?? ""))"))
        }
        if !detail.possiblySame.isEmpty {
            lines += [.blank, .heading(localized("Possibly the same (no error code; the text reads alike)"))]
            lines += detail.possiblySame.map {
                .timed($0.receivedAt, "#\($0.id) \(UntrustedText.line($0.consumerName ?? localized("unmatched"))) · \(UntrustedText.line($0.title))",
                       state.timeZone)
            }
        }
        lines += [.blank, .heading(localized("Report"))]
        lines += UntrustedText.lines(detail.body).map { DetailLine("", $0) }
        lines += received(repliesHeading, detail.replies, state)
        lines += messages(localized("Messages sent ({1}, newest first)", Format.count(detail.messagesSent.total)), detail.messagesSent, state)
        return lines
    }

    /// How many consumers report the incident's fault around it. An unmatched
    /// sender counts for no consumer until attached to one.
    private static func sameFault(_ detail: IncidentDetail) -> String {
        let within = localized("within {1} of this report", GroupingRule.span(detail.sameFaultWindow))
        if detail.row.errorCode == nil {
            return detail.possiblySame.isEmpty ? localized("no error code, and no report within a day reads the same")
                : localized("no error code; see Possibly the same")
        }
        let others = detail.row.consumerName == nil ? " " + localized("(this sender counts once attached to its consumer)") : ""
        switch detail.consumersWithSameFault {
        case 0: return localized("no consumer {1}", within) + others
        case 1 where detail.row.consumerName != nil: return localized("only this consumer {1}", within)
        case let count: return Language.interface.counted(count, "{1} consumer", "{1} consumers") + " \(within)\(others)"
        }
    }
}

extension IncidentDetail: PaneRecord {
    func lines(_ state: AppState) -> [DetailLine] { DetailText.incident(self, state) }
}

extension RecordDetail {
    /// The record as the incidents pane reads it; nil when another pane's.
    var incident: IncidentDetail? {
        if case .incident(let record) = self { record } else { nil }
    }
}
