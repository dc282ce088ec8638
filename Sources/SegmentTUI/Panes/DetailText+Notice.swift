import SegmentCore

extension DetailText {
    /// A notice's record: what it is, its life so far, who has answered.
    static func notice(_ detail: NoticeDetail, _ state: AppState) -> [DetailLine] {
        let row = detail.row
        let zone = state.timeZone
        var lines = [
            DetailLine("", "Notice #\(row.id): \(UntrustedText.line(row.title))", .header),
            DetailLine("Kind", row.kind.label + (row.breaking ? ", BREAKING" : ""), row.breaking ? .headerAlert : .normal),
            DetailLine("Status", row.status == .draft ? "draft: :publish sends it, :audience + or - ORGNO changes who gets it"
                                                      : row.status.rawValue, row.status == .draft ? .slaSoon : .normal),
            DetailLine("Services", "\(detail.services.joined(separator: ", ")) (\(detail.environment.rawValue))"),
            DetailLine("Announced", Format.timestamp(detail.announcedAt, zone)),
            DetailLine("Published", detail.publishedAt.map {
                Format.timestamp($0, zone) + ($0 - detail.announcedAt < 60 ? " (as announced)"
                    : " (\(Format.duration($0 - detail.announcedAt)) after it was announced)")
            } ?? "not yet"),
            DetailLine("Effective", Format.timestamp(row.effectiveAt, zone)
                       + (detail.publishedAt.map { " (lead time \(Format.duration(row.effectiveAt - $0)))" } ?? "")),
        ]
        if let ends = detail.endsAt { lines.append(DetailLine("Ends", Format.timestamp(ends, zone))) }
        if let deadline = row.deadline {
            lines.append(DetailLine(row.kind == .consultation ? "Answer by" : "Deadline", Format.timestamp(deadline, zone),
                                    NoticeProgress.isLate(row, now: state.now) ? .slaBreached : .normal))
        }
        if let freeze = detail.freezeWindow {
            lines.append(DetailLine("Freeze", "effective inside the freeze window \(UntrustedText.line(freeze))", .slaBreached))
        }
        lines.append(DetailLine("Progress", Plot.bar(row.done, of: row.audience, width: 22, unicode: state.plotsInUnicode) + " "
                                + NoticeProgress.summary(row, now: state.now)))
        if detail.reportsToJoin > 0 {
            lines.append(DetailLine("Open reports", "\(detail.reportsToJoin) on its services since it began, in no case: "
                                    + ":join takes them into the outage's case", .slaSoon))
        }
        lines.append(.blank)
        lines += UntrustedText.lines(detail.body).map { DetailLine("", $0) }
        let late = NoticeProgress.isLate(row, now: state.now)
        lines += [.blank, .heading(late ? "Consumers (NOT READY past the deadline first)" : "Consumers (silent first)")]
        lines += detail.acknowledgements.map { answer in
            let notDone = !answer.state.isDone(breaking: row.breaking)
            let when = answer.stateAt.map { Format.date($0, zone) } ?? (answer.sentAt == nil ? "not sent" : "SILENT")
            var text = (answer.state == .pending ? "" : "\(answer.state.label) · ")
                + "\(UntrustedText.line(answer.consumerName)) (\(OrganisationNumber.grouped(answer.organisationNumber)))"
            if answer.remindersSent > 0 { text += " · \(answer.remindersSent) reminded" }
            if let note = answer.note { text += " · \(UntrustedText.line(note))" }
            if let by = answer.answeredBy { text += " · by \(UntrustedText.line(by))" }
            return DetailLine(when, text, late && notDone ? .slaBreached : answer.state == .pending ? .slaSoon : .normal)
        }
        if detail.acknowledgements.count < row.audience {
            lines.append(DetailLine("", "… and \(Format.count(row.audience - detail.acknowledgements.count)) more "
                                    + "(segdesk export acks lists every one)"))
        }
        lines += received("Answers by mail", detail.answers, state)
        return lines
    }
}
