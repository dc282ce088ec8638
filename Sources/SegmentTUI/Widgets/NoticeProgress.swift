import SegmentCore

/// How far a notice's audience has come, as the pane and the record show
/// it: "87/130 ready · 12 silent · deadline in 9 d", and a bar.
enum NoticeProgress {
    /// The word for the consumers counted as done.
    static func doneWord(_ row: NoticeRow) -> String {
        if row.kind == .consultation { return localized("answered") }
        return row.breaking ? localized("ready") : localized("acknowledged")
    }

    /// The one-line summary; a draft says whom it would reach.
    static func summary(_ row: NoticeRow, now: Int64) -> String {
        guard row.status != .draft else {
            return localized("draft") + " · " + Language.interface.counted(row.audience, "would reach {1} consumer", "would reach {1} consumers")
        }
        guard row.status != .withdrawn else {
            return localized("withdrawn") + " · " + localized("nothing is asked of the consumers any more")
        }
        var parts = ["\(Format.count(row.done))/\(Format.count(row.audience)) \(doneWord(row))"]
        if row.silent > 0 { parts.append(localized("{1} silent", Format.count(row.silent))) }
        if let deadline = row.deadline {
            parts.append(deadline >= now ? localized("deadline in {1}", Format.duration(deadline - now))
                                         : localized("deadline passed {1} ago", Format.duration(now - deadline)))
        }
        return parts.joined(separator: " · ")
    }

    /// True when consumers are still not done after the deadline.
    static func isLate(_ row: NoticeRow, now: Int64) -> Bool {
        row.status == .published && row.done < row.audience && (row.deadline.map { $0 < now } ?? false)
    }
}
