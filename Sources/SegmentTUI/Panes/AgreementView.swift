import SegmentCore

/// The agreement sheet: each version with its acceptances, and who has not
/// accepted the newest, most reminded first.
enum AgreementView {
    static func lines(_ review: AgreementReview, _ state: AppState) -> [DetailLine] {
        guard let newest = review.versions.first else {
            return [DetailLine("", localized("No agreement versions yet: segdesk import agreements FILE"), .header)]
        }
        var lines = [DetailLine("", localized("Agreement: v{1} accepted by {2} of {3}", newest.version, Format.count(newest.accepted),
                                              Language.interface.counted(review.consumers, "{1} consumer", "{1} consumers")), .header),
                     DetailLine("", localized(":accept VERSION on a consumer records one; segdesk remind reminds the others"), .dim),
                     .blank]
        for version in review.versions {
            let by = version.acceptBy.map { ", " + localized("accept by {1}", Format.date($0, state.timeZone)) } ?? ""
            lines.append(DetailLine("v\(version.version)", UntrustedText.line(version.title) + ": "
                                    + localized("{1} accepted, effective {2}", Format.count(version.accepted),
                                                Format.date(version.effectiveAt, state.timeZone)) + by
                                    + (version.reference.map { " · \(UntrustedText.line($0))" } ?? "")))
        }
        lines += [.blank, .heading(localized("Not accepted v{1} ({2}), most reminded first", newest.version, Format.count(review.missingTotal)))]
        if review.missing.isEmpty { lines.append(DetailLine("", localized("every consumer has accepted it"), .dim)) }
        lines += review.missing.map {
            DetailLine(OrganisationNumber.grouped($0.organisationNumber),
                       "\(UntrustedText.line($0.name)) · \(localized($0.stage.label))"
                       + ($0.reminders > 0 ? " · " + Language.interface.counted($0.reminders, "reminded {1} time", "reminded {1} times") : ""),
                       $0.reminders > 0 ? .slaSoon : .normal)
        }
        if review.missingTotal > review.missing.count {
            lines.append(DetailLine("", localized("… and {1} more; segdesk export acceptances",
                                                  Format.count(review.missingTotal - review.missing.count)), .dim))
        }
        return lines
    }
}
