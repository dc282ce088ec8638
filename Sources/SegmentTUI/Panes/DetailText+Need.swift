import SegmentCore

extension DetailText {
    /// A need's record: its road so far, legal basis, decision and backers
    /// with their use cases.
    static func need(_ detail: NeedDetail, _ state: AppState) -> [DetailLine] {
        let row = detail.row
        let zone = state.timeZone
        var lines = [
            DetailLine("", "Need #\(row.id): \(UntrustedText.line(row.title))", .header),
            DetailLine("Status", row.status.label + (detail.mergedInto.map { " into need #\($0)" } ?? "")),
            DetailLine("Backing", "\(Format.count(row.backers)) consumers, score \(row.score)"),
            DetailLine("Legal basis", row.legal.map { $0.label + (detail.legalNote.map { ": \(UntrustedText.line($0))" } ?? "") }
                       ?? "not assessed (:legal covered|unclear|not_covered NOTE)", row.legal == .notCovered ? .slaSoon : .normal),
            DetailLine("Services", detail.services.isEmpty ? "—" : detail.services.joined(separator: ", ")),
            DetailLine("Raised by", UntrustedText.line(detail.raisedBy ?? "—")),
            DetailLine("Raised", Format.timestamp(detail.raisedAt, zone)),
        ]
        if let reference = detail.decisionReference {
            lines.append(DetailLine("Decision", "\(row.status.label), provider's reference \(UntrustedText.line(reference))"
                                    + (detail.decidedAt.map { ", recorded \(Format.date($0, zone))" } ?? "")))
        }
        lines.append(.blank)
        lines += UntrustedText.lines(detail.description).map { DetailLine("", $0) }
        lines += [.blank, .heading("Backers, must have first")]
        lines += detail.backings.map { backing in
            DetailLine(backing.importance.label, "\(UntrustedText.line(backing.consumerName)) "
                       + "(\(OrganisationNumber.grouped(backing.organisationNumber)))"
                       + (backing.useCase.map { ": \(UntrustedText.line($0))" } ?? ""))
        }
        if detail.backings.count < row.backers {
            lines.append(DetailLine("", "… and \(Format.count(row.backers - detail.backings.count)) more "
                                    + "(segdesk export backings lists every one)"))
        }
        return lines
    }
}
