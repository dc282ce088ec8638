import SegmentCore

/// The outbox in the dashboard: what failed to send (with attempts, the
/// last error and the next try), what waits, and what went out last.
enum OutboxView {
    static func lines(_ review: OutboxReview, _ state: AppState) -> [DetailLine] {
        let failed = review.unsent.filter { $0.status == .failed }
        let waiting = review.unsent.count - failed.count
        var lines = [
            DetailLine("", "Outbox: \(review.unsentTotal) not sent (\(failed.count) failed, \(waiting) waiting)", .header),
            DetailLine("", "segdesk outbox deliver sends what is due; a failure is retried after 1 min, doubling to 6 h", .dim),
        ]
        if review.unsent.isEmpty { lines += [.blank, DetailLine("", "nothing waits to be sent", .dim)] }
        for message in review.unsent {
            let isFailed = message.status == .failed
            lines.append(.blank)
            lines.append(.timed(message.createdAt, "#\(message.id) \(isFailed ? "FAILED" : "waiting") to "
                                + "\(UntrustedText.line(message.recipient))", state.timeZone, isFailed ? .slaBreached : .normal))
            lines.append(DetailLine("Subject", UntrustedText.line(message.subject)))
            if message.attempts > 0 {
                lines.append(DetailLine("Attempts", "\(message.attempts)"
                                        + (message.nextAttemptAt.map { ", next try \(Format.timestamp($0, state.timeZone))" } ?? "")))
            }
            if let error = message.lastError {
                lines.append(DetailLine("Last error", UntrustedText.line(error), .slaBreached))
            }
        }
        if review.unsentTotal > review.unsent.count {
            lines += [.blank, DetailLine("", "… and \(review.unsentTotal - review.unsent.count) more; segdesk outbox list shows all", .dim)]
        }
        lines += [.blank, .heading("Sent last")]
        if review.recentlySent.isEmpty { lines.append(DetailLine("", "nothing sent yet", .dim)) }
        lines += review.recentlySent.map {
            .timed($0.createdAt, "#\($0.id) to \(UntrustedText.line($0.recipient)): \(UntrustedText.line($0.subject))", state.timeZone)
        }
        return lines
    }
}
