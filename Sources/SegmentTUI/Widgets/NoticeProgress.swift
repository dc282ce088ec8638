import SegmentCore

/// How far a notice's audience has come, as the pane and the record show
/// it: "87/130 ready · 12 silent · deadline in 9 d", and a bar.
enum NoticeProgress {
    /// The word for the consumers counted as done.
    static func doneWord(_ row: NoticeRow) -> String {
        if row.kind == .consultation { return "answered" }
        return row.breaking ? "ready" : "acknowledged"
    }

    /// The one-line summary; a draft says whom it would reach.
    static func summary(_ row: NoticeRow, now: Int64) -> String {
        guard row.status != .draft else {
            return "draft · would reach \(Format.count(row.audience)) \(row.audience == 1 ? "consumer" : "consumers")"
        }
        var parts = ["\(Format.count(row.done))/\(Format.count(row.audience)) \(doneWord(row))"]
        if row.silent > 0 { parts.append("\(Format.count(row.silent)) silent") }
        if let deadline = row.deadline {
            parts.append(deadline >= now ? "deadline in \(Format.duration(deadline - now))"
                                         : "deadline passed \(Format.duration(now - deadline)) ago")
        }
        return parts.joined(separator: " · ")
    }

    /// True when consumers are still not done after the deadline.
    static func isLate(_ row: NoticeRow, now: Int64) -> Bool {
        row.status == .published && row.done < row.audience && (row.deadline.map { $0 < now } ?? false)
    }
}
