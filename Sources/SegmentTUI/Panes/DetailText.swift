import Foundation
import SegmentCore

/// One line of a record view: an optional label in the left margin, the text,
/// and the role it is drawn in.
struct DetailLine: Equatable {
    var label: String
    var text: String
    var role: Role

    init(_ label: String, _ text: String, _ role: Role = .normal) {
        self.label = label
        self.text = text
        self.role = role
    }

    static func heading(_ text: String) -> DetailLine { DetailLine("", text, .columnHeader) }

    /// A line about a moment: the date in the margin, the time leading the text.
    static func timed(_ at: Int64, _ text: String, _ zone: TimeZone, _ role: Role = .normal) -> DetailLine {
        let time = Format.timestamp(at, zone)
        return DetailLine(String(time.prefix(10)), "\(time.suffix(5)) \(text)", role)
    }
    static let blank = DetailLine("", "")
}

/// The lines of a record view, from the record and its journal. Every text
/// from outside passes through `UntrustedText`.
enum DetailText {
    /// The heading over an incident's replies, where a record opened for a
    /// new reply starts.
    static let repliesHeading = "Replies from the reporter"

    /// The line where an incident's replies start among `lines`, if it has any.
    static func repliesLine(in lines: [DetailLine]) -> Int? {
        lines.firstIndex { $0.role == .columnHeader && $0.text.hasPrefix(repliesHeading) }
    }

    static let labelWidth = 13

    /// The lines wrapped to `width` columns, ready to scroll through.
    static func wrapped(_ record: RecordDetail, history: [JournalEntry], state: AppState, width: Int) -> [DetailLine] {
        let textWidth = max(10, width - labelWidth)
        return lines(record, history: history, state: state).flatMap { line -> [DetailLine] in
            let pieces = TextLayout.wrap(line.text, width: line.label.isEmpty && line.role == .columnHeader ? width : textWidth)
            return pieces.enumerated().map { DetailLine($0.offset == 0 ? line.label : "", $0.element, line.role) }
        }
    }

    static func lines(_ record: RecordDetail, history: [JournalEntry], state: AppState) -> [DetailLine] {
        var lines: [DetailLine]
        switch record {
        case .incident(let detail): lines = incident(detail, state)
        case .providerCase(let detail): lines = providerCase(detail, state)
        case .notice(let detail): lines = notice(detail, state)
        case .need(let detail): lines = need(detail, state)
        case .consumer(let detail): lines = consumer(detail, state)
        }
        lines += [.blank, .heading("History")]
        if history.isEmpty { lines.append(DetailLine("", "nothing recorded yet", .dim)) }
        for entry in history {
            var text = "\(entry.operatorName) \(entry.action)"
            if let before = entry.before { text += ": \(before)" }
            if let after = entry.after { text += (entry.before == nil ? ": " : " → ") + after }
            lines.append(.timed(entry.at, UntrustedText.line(text), state.timeZone))
        }
        return lines
    }

    private static func incident(_ detail: IncidentDetail, _ state: AppState) -> [DetailLine] {
        let row = detail.row
        let sla = Format.sla(dueAt: row.slaDueAt, now: state.now)
        var lines = [
            DetailLine("", "Incident #\(row.id): \(UntrustedText.line(row.title))", .header),
            DetailLine("Priority", "\(row.priority.label) (impact \(detail.assessment.impact), urgency \(detail.assessment.urgency))",
                       Format.role(for: row.priority) ?? .normal),
            DetailLine("Status", row.status.label + (detail.resolution.map { " (\($0.rawValue))" } ?? "")),
            DetailLine("SLA", row.slaDueAt == nil ? "clock stopped" : (sla.text.hasPrefix("+") ? "overdue by \(sla.text.dropFirst())" : "\(sla.text) left"),
                       sla.role ?? .normal),
            DetailLine("Kind", detail.kind.rawValue),
            row.consumerName == nil
                ? DetailLine("Consumer", "unmatched sender: attach with :consumer ORGNO", .slaSoon)
                : DetailLine("Consumer", UntrustedText.line(row.consumerName ?? "") + (detail.organisationNumber.map { " (\(OrganisationNumber.grouped($0)))" } ?? "")),
            DetailLine("Reporter", UntrustedText.line([detail.reporterName, detail.reporterEmail.map { "<\($0)>" }].compactMap { $0 }.joined(separator: " "))),
            DetailLine("Their ref", UntrustedText.line(detail.externalID)),
            row.serviceKey == Store.unsortedServiceKey
                ? DetailLine("Service", "not known yet: name it with :service KEY", .slaSoon)
                : DetailLine("Service", "\(row.serviceKey) (\(detail.environment.rawValue))"),
            DetailLine("Received", Format.timestamp(row.receivedAt, state.timeZone)),
            DetailLine("Error code", UntrustedText.line(row.errorCode ?? "—")),
            DetailLine("Same fault", sameFault(detail), detail.consumersWithSameFault >= 3 ? .slaSoon : .normal),
            DetailLine("Correlation", UntrustedText.line(detail.correlationID ?? "—")),
            DetailLine("Assignee", UntrustedText.line(detail.assignee ?? "nobody")),
        ]
        if let answer = state.knownAnswers.answer(for: row.errorCode) {
            lines.append(DetailLine("Known answer", "\(answer) (r sends it and resolves the incident)", .slaSoon))
        }
        if let caseID = detail.caseID {
            lines.append(DetailLine("Case", "#\(caseID) \(UntrustedText.line(detail.caseTitle ?? ""))"))
        }
        if !detail.possiblySame.isEmpty {
            lines += [.blank, .heading("Possibly the same (no error code; the text reads alike)")]
            lines += detail.possiblySame.map {
                .timed($0.receivedAt, "#\($0.id) \(UntrustedText.line($0.consumerName ?? "unmatched")) · \(UntrustedText.line($0.title))",
                       state.timeZone)
            }
        }
        lines += [.blank, .heading("Report")]
        lines += UntrustedText.lines(detail.body).map { DetailLine("", $0) }
        lines += received(repliesHeading, detail.replies, state)
        return lines
    }

    /// How many consumers report the incident's fault around it. An unmatched
    /// sender counts for no consumer until attached to one.
    private static func sameFault(_ detail: IncidentDetail) -> String {
        let within = "within \(GroupingRule.span(detail.sameFaultWindow)) of this report"
        if detail.row.errorCode == nil {
            return detail.possiblySame.isEmpty ? "no error code, and no report within a day reads the same"
                : "no error code; see Possibly the same"
        }
        let others = detail.row.consumerName == nil ? " (this sender counts once attached to its consumer)" : ""
        switch detail.consumersWithSameFault {
        case 0: return "no consumer \(within)\(others)"
        case 1 where detail.row.consumerName != nil: return "only this consumer \(within)"
        case let count: return "\(count) \(count == 1 ? "consumer" : "consumers") \(within)\(others)"
        }
    }

    /// Messages from outside, each headed by its time and sender.
    static func received(_ heading: String, _ messages: [ReceivedMessage], _ state: AppState) -> [DetailLine] {
        guard !messages.isEmpty else { return [] }
        var lines: [DetailLine] = [.blank, .heading("\(heading), newest first")]
        for message in messages {
            let subject = message.subject.map { ": \(UntrustedText.line($0))" } ?? ""
            lines.append(.timed(message.at, "from \(UntrustedText.line(message.from))\(subject)", state.timeZone, .dim))
            lines += UntrustedText.lines(message.text).map { DetailLine("", $0) }
        }
        return lines
    }

    private static func providerCase(_ detail: CaseDetail, _ state: AppState) -> [DetailLine] {
        let row = detail.row
        let zone = state.timeZone
        var lines = [
            DetailLine("", "Provider case #\(row.id): \(UntrustedText.line(row.title))", .header),
            DetailLine("Status", row.status.rawValue),
            DetailLine("Affected", "\(row.affectedConsumers) consumers, \(row.reports) reports"),
            DetailLine("Provider ref", UntrustedText.line(row.providerReference ?? "none yet")),
            DetailLine("Service", "\(row.serviceKey) (\(detail.environment.rawValue))"),
            DetailLine("Error code", UntrustedText.line(row.errorCode ?? "—")),
            DetailLine("Opened", Format.timestamp(row.openedAt, zone)),
            DetailLine("First seen", detail.firstSeen.map { Format.timestamp($0, zone) } ?? "—"),
            DetailLine("Last seen", detail.lastSeen.map { Format.timestamp($0, zone) } ?? "—"),
            DetailLine("Forwarded", detail.forwardedAt.map {
                Format.timestamp($0, zone) + (row.status.isOpen && detail.consumersNotForwarded > 0
                    ? " · \(detail.consumersNotForwarded) new since forwarded: f sends the provider an addendum" : "")
            } ?? "not yet", detail.forwardedAt != nil && row.status.isOpen && detail.consumersNotForwarded > 0 ? .slaSoon : .normal),
            DetailLine("At provider", row.status.isOpen && row.forwardedAt != nil
                       ? "\(Format.providerClock(row, now: state.now)) (the provider's clock; ours is stopped)" : "—"),
            DetailLine("Resolved", detail.resolvedAt.map { Format.timestamp($0, zone) } ?? "not yet"),
        ]
        lines += received("Provider updates", detail.providerUpdates, state)
        lines += [.blank, .heading("Reports")]
        lines += detail.incidents.map {
            .timed($0.receivedAt,
                       "#\($0.id) \(UntrustedText.line($0.consumerName ?? "unmatched")) · \($0.status.label) · \(UntrustedText.line($0.errorCode ?? ""))", zone)
        }
        return lines
    }
}
