import SegmentCore

extension DetailText {
    /// A need's record: its road so far, legal basis, decision and backers
    /// with their use cases.
    static func need(_ detail: NeedDetail, _ state: AppState) -> [DetailLine] {
        let row = detail.row
        let zone = state.timeZone
        var lines = [
            DetailLine("", localized("Need #{1}: {2}", row.id, UntrustedText.line(row.title)), .header),
            DetailLine(localized("Status"), localized(row.status.label) + (detail.mergedInto.map { " " + localized("into need #{1}", $0) } ?? "")),
            DetailLine(localized("Backing"), localized("{1} consumers, score {2}", Format.count(row.backers), row.score)),
            DetailLine(localized("Legal basis"), row.legal.map { localized($0.label) + (detail.legalNote.map { ": \(UntrustedText.line($0))" } ?? "") }
                       ?? localized("not assessed (:legal covered|unclear|not_covered NOTE)"), row.legal == .notCovered ? .slaSoon : .normal),
            DetailLine(localized("Services"), detail.services.isEmpty ? "—" : detail.services.joined(separator: ", ")),
            DetailLine(localized("Raised by"), UntrustedText.line(detail.raisedBy ?? "—")),
            DetailLine(localized("Raised"), Format.timestamp(detail.raisedAt, zone)),
        ]
        if let reference = detail.decisionReference {
            lines.append(DetailLine(localized("Decision"), localized("{1}, provider's reference {2}", localized(row.status.label), UntrustedText.line(reference))
                                    + (detail.decidedAt.map { ", " + localized("recorded {1}", Format.date($0, zone)) } ?? "")))
        }
        lines.append(.blank)
        lines += UntrustedText.lines(detail.description).map { DetailLine("", $0) }
        lines += [.blank, .heading(localized("Backers, must have first"))]
        lines += detail.backings.map { backing in
            DetailLine(localized(backing.importance.label), "\(UntrustedText.line(backing.consumerName)) "
                       + "(\(OrganisationNumber.grouped(backing.organisationNumber)))"
                       + (backing.useCase.map { ": \(UntrustedText.line($0))" } ?? ""))
        }
        if detail.backings.count < row.backers {
            lines.append(DetailLine("", localized("… and {1} more (segdesk export backings lists every one)", Format.count(row.backers - detail.backings.count))))
        }
        return lines
    }
}

extension NeedDetail: PaneRecord {
    func lines(_ state: AppState) -> [DetailLine] { DetailText.need(self, state) }
}

extension RecordDetail {
    /// The record as the needs pane reads it; nil when another pane's.
    var need: NeedDetail? {
        if case .need(let record) = self { record } else { nil }
    }
}
