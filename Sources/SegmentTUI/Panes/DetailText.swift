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
    static var repliesHeading: String { localized("Replies from the reporter") }

    /// The line where an incident's replies start among `lines`, if it has any.
    static func repliesLine(in lines: [DetailLine]) -> Int? {
        lines.firstIndex { $0.role == .columnHeader && $0.text.hasPrefix(repliesHeading) }
    }

    static let labelWidth = 13

    /// The lines wrapped to `width` columns, ready to scroll through.
    static func wrapped(_ record: RecordDetail, history: [JournalEntry], state: AppState, width: Int) -> [DetailLine] {
        RecordLayoutMemo.lines(for: RecordLayoutMemo.Inputs(record, history: history, state: state, width: width)) {
            let textWidth = max(10, width - labelWidth)
            return lines(record, history: history, state: state).flatMap { line -> [DetailLine] in
                let pieces = TextLayout.wrap(line.text, width: line.label.isEmpty && line.role == .columnHeader ? width : textWidth)
                return pieces.enumerated().map { DetailLine($0.offset == 0 ? line.label : "", $0.element, line.role) }
            }
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
        lines += [.blank, .heading(localized("History"))]
        if history.isEmpty { lines.append(DetailLine("", localized("nothing recorded yet"), .dim)) }
        for entry in history {
            // Each recorded value is cleaned on its own, so the arrow between
            // them (ours) does not send the whole line through normalising.
            var text = UntrustedText.line("\(entry.operatorName) \(entry.action)")
            if let before = entry.before { text += ": " + UntrustedText.line(before) }
            if let after = entry.after { text += (entry.before == nil ? ": " : " → ") + UntrustedText.line(after) }
            lines.append(.timed(entry.at, text, state.timeZone))
        }
        return lines
    }

    private static func incident(_ detail: IncidentDetail, _ state: AppState) -> [DetailLine] {
        let row = detail.row
        let sla = Format.sla(dueAt: row.slaDueAt, now: state.now)
        var lines = [
            DetailLine("", localized("Incident #{1}: {2}", row.id, UntrustedText.line(row.title)), .header),
            DetailLine(localized("Priority"), localized("{1} (impact {2}, urgency {3})", row.priority.label, detail.assessment.impact, detail.assessment.urgency),
                       Format.role(for: row.priority) ?? .normal),
            DetailLine(localized("Status"), localized(row.status.label) + (detail.resolution.map { " (\(localized($0.rawValue)))" } ?? "")),
            DetailLine(localized("SLA"), row.slaDueAt == nil ? localized("clock stopped") : (sla.text.hasPrefix("+") ? localized("overdue by {1}", sla.text.dropFirst()) : localized("{1} left", sla.text)),
                       sla.role ?? .normal),
            DetailLine(localized("Kind"), localized(detail.kind.rawValue)),
            row.consumerName == nil
                ? DetailLine(localized("Consumer"), localized("unmatched sender: attach with :consumer ORGNO"), .slaSoon)
                : DetailLine(localized("Consumer"), UntrustedText.line(row.consumerName ?? "") + (detail.organisationNumber.map { " (\(OrganisationNumber.grouped($0)))" } ?? "")),
            DetailLine(localized("Reporter"), UntrustedText.line([detail.reporterName, detail.reporterEmail.map { "<\($0)>" }].compactMap { $0 }.joined(separator: " "))),
            DetailLine(localized("Their ref"), UntrustedText.line(detail.externalID)),
            row.serviceKey == Store.unsortedServiceKey
                ? DetailLine(localized("Service"), localized("not known yet: name it with :service KEY"), .slaSoon)
                : DetailLine(localized("Service"), "\(row.serviceKey) (\(detail.environment.rawValue))"),
            DetailLine(localized("Received"), Format.timestamp(row.receivedAt, state.timeZone)),
            DetailLine(localized("Error code"), UntrustedText.line(row.errorCode ?? "—")),
            DetailLine(localized("Same fault"), sameFault(detail), detail.consumersWithSameFault >= 3 ? .slaSoon : .normal),
            DetailLine(localized("Correlation"), UntrustedText.line(detail.correlationID ?? "—")),
            DetailLine(localized("Assignee"), UntrustedText.line(detail.assignee ?? localized("nobody"))),
        ]
        if let answer = state.knownAnswers.answer(for: row.errorCode) {
            lines.append(DetailLine(localized("Known answer"), localized("{1} (r sends it and resolves the incident)", answer), .slaSoon))
        }
        if let caseID = detail.caseID {
            lines.append(DetailLine(localized("Case"), "#\(caseID) \(UntrustedText.line(detail.caseTitle ?? ""))"))
        }
        if !detail.possiblySame.isEmpty {
            lines += [.blank, .heading(localized("Possibly the same (no error code; the text reads alike)"))]
            lines += detail.possiblySame.map {
                .timed($0.receivedAt, "#\($0.id) \(UntrustedText.line($0.consumerName ?? localized("unmatched"))) · \(UntrustedText.line($0.title))",
                       state.timeZone)
            }
        }
        lines += [.blank, .heading(localized("Report"))]
        lines += UntrustedText.lines(detail.body).map { DetailLine("", $0) }
        lines += received(repliesHeading, detail.replies, state)
        return lines
    }

    /// How many consumers report the incident's fault around it. An unmatched
    /// sender counts for no consumer until attached to one.
    private static func sameFault(_ detail: IncidentDetail) -> String {
        let within = localized("within {1} of this report", GroupingRule.span(detail.sameFaultWindow))
        if detail.row.errorCode == nil {
            return detail.possiblySame.isEmpty ? localized("no error code, and no report within a day reads the same")
                : localized("no error code; see Possibly the same")
        }
        let others = detail.row.consumerName == nil ? " " + localized("(this sender counts once attached to its consumer)") : ""
        switch detail.consumersWithSameFault {
        case 0: return localized("no consumer {1}", within) + others
        case 1 where detail.row.consumerName != nil: return localized("only this consumer {1}", within)
        case let count: return Language.interface.counted(count, "{1} consumer", "{1} consumers") + " \(within)\(others)"
        }
    }

    /// Messages from outside, each headed by its time and sender.
    static func received(_ heading: String, _ messages: [ReceivedMessage], _ state: AppState) -> [DetailLine] {
        guard !messages.isEmpty else { return [] }
        var lines: [DetailLine] = [.blank, .heading(localized("{1}, newest first", heading))]
        for message in messages {
            let subject = message.subject.map { ": \(UntrustedText.line($0))" } ?? ""
            lines.append(.timed(message.at, localized("from {1}", UntrustedText.line(message.from)) + subject, state.timeZone, .dim))
            lines += UntrustedText.lines(message.text).map { DetailLine("", $0) }
        }
        return lines
    }

    private static func providerCase(_ detail: CaseDetail, _ state: AppState) -> [DetailLine] {
        let row = detail.row
        let zone = state.timeZone
        var lines = [
            DetailLine("", localized("Provider case #{1}: {2}", row.id, UntrustedText.line(row.title)), .header),
            DetailLine(localized("Status"), localized(row.status.rawValue)),
            DetailLine(localized("Affected"), localized("{1} consumers, {2} reports", Format.count(row.affectedConsumers), Format.count(row.reports))),
            DetailLine(localized("Provider ref"), UntrustedText.line(row.providerReference ?? localized("none yet"))),
            DetailLine(localized("Service"), "\(row.serviceKey) (\(detail.environment.rawValue))"),
            DetailLine(localized("Error code"), UntrustedText.line(row.errorCode ?? "—")),
            DetailLine(localized("Opened"), Format.timestamp(row.openedAt, zone)),
            DetailLine(localized("First seen"), detail.firstSeen.map { Format.timestamp($0, zone) } ?? "—"),
            DetailLine(localized("Last seen"), detail.lastSeen.map { Format.timestamp($0, zone) } ?? "—"),
            DetailLine(localized("Forwarded"), detail.forwardedAt.map {
                Format.timestamp($0, zone) + (row.status.isOpen && detail.consumersNotForwarded > 0
                    ? " · " + localized("{1} new since forwarded: f sends the provider an addendum", detail.consumersNotForwarded) : "")
            } ?? localized("not yet"), detail.forwardedAt != nil && row.status.isOpen && detail.consumersNotForwarded > 0 ? .slaSoon : .normal),
            DetailLine(localized("At provider"), row.status.isOpen && row.forwardedAt != nil
                       ? localized("{1} (the provider's clock; ours is stopped)", Format.providerClock(row, now: state.now)) : "—"),
            DetailLine(localized("Resolved"), detail.resolvedAt.map { Format.timestamp($0, zone) } ?? localized("not yet")),
        ]
        lines += received(localized("Provider updates"), detail.providerUpdates, state)
        lines += [.blank, .heading(localized("Reports"))]
        lines += detail.incidents.map {
            .timed($0.receivedAt,
                       "#\($0.id) \(UntrustedText.line($0.consumerName ?? localized("unmatched"))) · \(localized($0.status.label)) · \(UntrustedText.line($0.errorCode ?? ""))", zone)
        }
        return lines
    }
}
