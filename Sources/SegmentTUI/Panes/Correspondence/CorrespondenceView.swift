import SegmentCore

/// A conversation in the dashboard: the list of its messages, one line
/// each, and one message whole.
enum CorrespondenceView {
    /// Lines above the first message of the list.
    static let listHeaderLines = 3

    static func lines(_ sheet: CorrespondenceSheet, _ state: AppState) -> [DetailLine] {
        let shown = sheet.correspondence.entries.count, total = sheet.correspondence.total
        var lines = [
            DetailLine("", localized("Messages of {1}: {2}, newest first", UntrustedText.line(sheet.title), Format.count(total)), .header),
            DetailLine("", localized("j k choose · Enter shows one whole · Esc closes")
                       + (total > shown ? " · " + localized("the newest {1}; segdesk export messages has every one", shown) : ""), .dim),
            .blank,
        ]
        if sheet.correspondence.entries.isEmpty { lines.append(DetailLine("", localized("no messages yet"), .dim)) }
        for (index, entry) in sheet.correspondence.entries.enumerated() {
            let line = entryLine(entry, state)
            lines.append(index == sheet.selected ? DetailLine(line.label, "▸ " + line.text, .selected) : DetailLine(line.label, "  " + line.text, line.role))
        }
        return lines
    }

    /// One message as a line of a list: when, which way (out or in), about
    /// what, where a message sent stands, its subject.
    static func entryLine(_ entry: CorrespondenceEntry, _ state: AppState) -> DetailLine {
        let about = entry.record.map { record in
            localized(record.word) + (entry.recordID.map { " #\($0)" } ?? "")
        }
        let facts = entry.direction == .sent ? [localized("out"), about, localized(entry.state.rawValue)]
            : [localized("in"), entry.label.map { localized($0) }, about]
        let role: Role = entry.state == .failed || entry.state == .uncertain ? .slaBreached : .normal
        return .timed(entry.at, facts.compactMap { $0 }.joined(separator: " · ") + " · " + UntrustedText.line(entry.subject), state.timeZone, role)
    }

    /// A message whole: its headers, where it stands, its text.
    static func lines(_ message: CorrespondenceMessage, _ state: AppState) -> [DetailLine] {
        var lines = [DetailLine("", UntrustedText.line(message.entry.subject), .header),
                     DetailLine(localized("State"), localized(message.entry.state.rawValue)
                                + " · " + Format.timestamp(message.entry.at, state.timeZone),
                                message.entry.state == .failed || message.entry.state == .uncertain ? .slaBreached : .normal)]
        lines += message.headers.map { DetailLine($0.name, UntrustedText.line($0.value)) }
        if let error = message.lastError { lines.append(DetailLine(localized("Last error"), UntrustedText.line(error), .slaBreached)) }
        lines.append(.blank)
        lines += UntrustedText.lines(message.body).map { DetailLine("", $0) }
        return lines
    }
}

extension DetailText {
    /// A record's section of messages: the newest, one line each, and how
    /// to see them all; nothing when there are none.
    static func messages(_ heading: String, _ correspondence: Correspondence, _ state: AppState) -> [DetailLine] {
        guard correspondence.total > 0 else { return [] }
        var lines: [DetailLine] = [.blank, .heading(heading + " · " + localized("M lists them, Enter shows one whole"))]
        lines += correspondence.entries.map { CorrespondenceView.entryLine($0, state) }
        if correspondence.total > correspondence.entries.count {
            lines.append(DetailLine("", localized("… and {1} more (M lists them)", Format.count(correspondence.total - correspondence.entries.count)),
                                    .dim))
        }
        return lines
    }
}
