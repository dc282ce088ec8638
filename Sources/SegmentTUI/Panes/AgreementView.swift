import SegmentCore

/// The agreement sheet: each version with its acceptances, and who has not
/// accepted the newest, most reminded first.
enum AgreementView {
    static func lines(_ review: AgreementReview, _ state: AppState) -> [DetailLine] {
        guard let newest = review.versions.first else {
            return [DetailLine("", "No agreement versions yet: segdesk import agreements FILE", .header)]
        }
        var lines = [DetailLine("", "Agreement: v\(newest.version) accepted by \(newest.accepted) of \(review.consumers) consumers",
                                .header),
                     DetailLine("", ":accept VERSION on a consumer records one; segdesk remind reminds the others", .dim), .blank]
        for version in review.versions {
            let by = version.acceptBy.map { ", accept by \(Format.date($0, state.timeZone))" } ?? ""
            lines.append(DetailLine("v\(version.version)", "\(UntrustedText.line(version.title)): \(version.accepted) accepted, "
                                    + "effective \(Format.date(version.effectiveAt, state.timeZone))\(by)"
                                    + (version.reference.map { " · \(UntrustedText.line($0))" } ?? "")))
        }
        lines += [.blank, .heading("Not accepted v\(newest.version) (\(review.missingTotal)), most reminded first")]
        if review.missing.isEmpty { lines.append(DetailLine("", "every consumer has accepted it", .dim)) }
        lines += review.missing.map {
            DetailLine(OrganisationNumber.grouped($0.organisationNumber),
                       "\(UntrustedText.line($0.name)) · \($0.stage.rawValue)"
                       + ($0.reminders > 0 ? " · reminded \($0.reminders) \($0.reminders == 1 ? "time" : "times")" : ""),
                       $0.reminders > 0 ? .slaSoon : .normal)
        }
        if review.missingTotal > review.missing.count {
            lines.append(DetailLine("", "… and \(review.missingTotal - review.missing.count) more; segdesk export acceptances", .dim))
        }
        return lines
    }
}
