import SegmentCore

/// The outbox in the dashboard: what failed to send (with attempts, the
/// last error and the next try), what waits, and what went out last.
enum OutboxView {
    static func lines(_ review: OutboxReview, _ state: AppState) -> [DetailLine] {
        let failed = review.unsent.filter { $0.status == .failed }.count
        let uncertain = review.unsent.filter { $0.status == .uncertain }.count
        let waiting = review.unsent.count - failed - uncertain
        var lines = [
            DetailLine("", "Outbox: \(review.unsentTotal) not sent (\(failed) failed, \(uncertain) uncertain, \(waiting) waiting)",
                       .header),
            DetailLine("", "segdesk outbox deliver sends what is due; a failure is retried after 1 min, doubling to 6 h", .dim),
        ]
        if uncertain > 0 {
            lines.append(DetailLine("", "an uncertain message may have left: segdesk outbox confirm ID if it did, "
                                    + "segdesk outbox requeue ID to send it again", .dim))
        }
        if review.unsent.isEmpty { lines += [.blank, DetailLine("", "nothing waits to be sent", .dim)] }
        for message in review.unsent {
            let word = switch message.status {
            case .failed: "FAILED"
            case .uncertain: "UNCERTAIN"
            case .sending: "sending"
            case .queued, .sent: "waiting"
            }
            let needsEyes = message.status == .failed || message.status == .uncertain
            lines.append(.blank)
            lines.append(.timed(message.createdAt, "#\(message.id) \(word) to \(UntrustedText.line(message.recipient))",
                                state.timeZone, needsEyes ? .slaBreached : .normal))
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
