import SegmentCore

/// The outbox in the dashboard: what failed to send (with attempts, the
/// last error and the next try), what waits, and what went out last.
enum OutboxView {
    static func lines(_ review: OutboxReview, _ state: AppState) -> [DetailLine] {
        let failed = review.unsent.filter { $0.status == .failed }.count
        let uncertain = review.unsent.filter { $0.status == .uncertain }.count
        let waiting = review.unsent.count - failed - uncertain
        var lines = [
            DetailLine("", localized("Outbox: {1} not sent ({2} failed, {3} uncertain, {4} waiting)", Format.count(review.unsentTotal),
                                     failed, uncertain, waiting), .header),
            DetailLine("", localized("segdesk outbox deliver sends what is due; a failure is retried after 1 min, doubling to 6 h"), .dim),
        ]
        if uncertain > 0 {
            lines.append(DetailLine("", localized("an uncertain message may have left: segdesk outbox confirm ID if it did, segdesk outbox requeue ID to send it again"),
                                    .dim))
        }
        if review.unsent.isEmpty { lines += [.blank, DetailLine("", localized("nothing waits to be sent"), .dim)] }
        for message in review.unsent {
            let word = switch message.status {
            case .failed: localized("FAILED")
            case .uncertain: localized("UNCERTAIN")
            case .sending: localized("sending")
            case .queued, .sent: localized("waiting")
            }
            let needsEyes = message.status == .failed || message.status == .uncertain
            lines.append(.blank)
            lines.append(.timed(message.createdAt, "#\(message.id) " + localized("{1} to {2}", word, UntrustedText.line(message.recipient)),
                                state.timeZone, needsEyes ? .slaBreached : .normal))
            lines.append(DetailLine(localized("Subject"), UntrustedText.line(message.subject)))
            if message.attempts > 0 {
                lines.append(DetailLine(localized("Attempts"), "\(message.attempts)"
                                        + (message.nextAttemptAt.map { ", " + localized("next try {1}", Format.timestamp($0, state.timeZone)) } ?? "")))
            }
            if let error = message.lastError {
                lines.append(DetailLine(localized("Last error"), UntrustedText.line(error), .slaBreached))
            }
        }
        if review.unsentTotal > review.unsent.count {
            lines += [.blank, DetailLine("", localized("… and {1} more; segdesk outbox list shows all",
                                                       Format.count(review.unsentTotal - review.unsent.count)), .dim)]
        }
        lines += [.blank, .heading(localized("Sent last"))]
        if review.recentlySent.isEmpty { lines.append(DetailLine("", localized("nothing sent yet"), .dim)) }
        lines += review.recentlySent.map {
            .timed($0.createdAt, "#\($0.id) " + localized("to {1}", UntrustedText.line($0.recipient)) + ": \(UntrustedText.line($0.subject))",
                   state.timeZone)
        }
        return lines
    }
}
