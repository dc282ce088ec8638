import SegmentCore

extension DetailText {
    /// A notice's record: what it is, its life so far, who has answered.
    static func notice(_ detail: NoticeDetail, _ state: AppState) -> [DetailLine] {
        let row = detail.row
        let zone = state.timeZone
        var lines = [
            DetailLine("", localized("Notice #{1}: {2}", row.id, UntrustedText.line(row.title)), .header),
            DetailLine(localized("Kind"), localized(row.kind.label) + (row.breaking ? ", " + localized("BREAKING") : ""), row.breaking ? .headerAlert : .normal),
            DetailLine(localized("Status"), row.status == .draft ? localized("draft: :publish sends it, :audience + or - ORGNO changes who gets it")
                                                      : localized(row.status.rawValue), row.status == .draft ? .slaSoon : .normal),
            DetailLine(localized("Services"), "\(detail.services.joined(separator: ", ")) (\(localized(detail.environment.rawValue)))"),
            DetailLine(localized("Announced"), Format.timestamp(detail.announcedAt, zone)),
            DetailLine(localized("Published"), detail.publishedAt.map {
                Format.timestamp($0, zone) + ($0 - detail.announcedAt < 60 ? " " + localized("(as announced)")
                    : " " + localized("({1} after it was announced)", Format.duration($0 - detail.announcedAt)))
            } ?? localized("not yet")),
            DetailLine(localized("Effective"), Format.timestamp(row.effectiveAt, zone)
                       + (detail.publishedAt.map { " " + localized("(lead time {1})", Format.duration(row.effectiveAt - $0)) } ?? "")),
        ]
        if let withdrawn = detail.withdrawnAt {
            lines.append(DetailLine(localized("Withdrawn"), Format.timestamp(withdrawn, zone) + " · "
                                    + UntrustedText.line(detail.withdrawalReason ?? ""), .slaSoon))
        }
        if let ends = detail.endsAt { lines.append(DetailLine(localized("Ends"), Format.timestamp(ends, zone))) }
        if let deadline = row.deadline {
            lines.append(DetailLine(row.kind == .consultation ? localized("Answer by") : localized("Deadline"), Format.timestamp(deadline, zone),
                                    NoticeProgress.isLate(row, now: state.now) ? .slaBreached : .normal))
        }
        if let freeze = detail.freezeWindow {
            lines.append(DetailLine(localized("Freeze"), localized("effective inside the freeze window {1}", UntrustedText.line(freeze)), .slaBreached))
        }
        lines.append(DetailLine(localized("Progress"), Plot.bar(row.done, of: row.audience, width: 22, unicode: state.plotsInUnicode) + " "
                                + NoticeProgress.summary(row, now: state.now)))
        if detail.reportsToJoin > 0 {
            lines.append(DetailLine(localized("Open reports"), localized("{1} on its services since it began, in no case: :join takes them into the outage's case", detail.reportsToJoin), .slaSoon))
        }
        lines.append(.blank)
        lines += UntrustedText.lines(detail.body).map { DetailLine("", $0) }
        let late = NoticeProgress.isLate(row, now: state.now)
        lines += [.blank, .heading(late ? localized("Consumers (NOT READY past the deadline first)") : localized("Consumers (silent first)"))]
        lines += detail.acknowledgements.map { answer in
            let notDone = !answer.state.isDone(breaking: row.breaking)
            let when = answer.stateAt.map { Format.date($0, zone) }
                ?? (answer.sentAt == nil ? localized("not sent") : row.status == .withdrawn ? localized("silent") : localized("SILENT"))
            var text = (answer.state == .pending ? "" : "\(localized(answer.state.label)) · ")
                + "\(UntrustedText.line(answer.consumerName)) (\(OrganisationNumber.grouped(answer.organisationNumber)))"
            if answer.remindersSent > 0 { text += " · " + localized("{1} reminded", answer.remindersSent) }
            if let note = answer.note { text += " · \(UntrustedText.line(note))" }
            if let by = answer.answeredBy { text += " · " + localized("answered by {1}", UntrustedText.line(by)) }
            return DetailLine(when, text, late && notDone ? .slaBreached : answer.state == .pending && row.status != .withdrawn ? .slaSoon : .normal)
        }
        if detail.acknowledgements.count < row.audience {
            lines.append(DetailLine("", localized("… and {1} more (segdesk export acks lists every one)", Format.count(row.audience - detail.acknowledgements.count))))
        }
        lines += received(localized("Answers by mail"), detail.answers, state)
        return lines
    }
}

extension NoticeDetail: PaneRecord {
    func lines(_ state: AppState) -> [DetailLine] { DetailText.notice(self, state) }
}

extension RecordDetail {
    /// The record as the notices pane reads it; nil when another pane's.
    var notice: NoticeDetail? {
        if case .notice(let record) = self { record } else { nil }
    }
}
