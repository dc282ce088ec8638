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
    static func timed(_ at: Int64, _ text: String, _ zone: DisplayZone, _ role: Role = .normal) -> DetailLine {
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

    /// The heading over a record's journal, which the preview leaves out.
    static var historyHeading: String { localized("History") }

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
        var lines = record.lines(state)
        lines += [.blank, .heading(historyHeading)]
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
}
