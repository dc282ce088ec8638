import SegmentCore

/// What the dashboard shows where the panes would be while the segment has
/// no services or no consumers: the commands that fill a new file, the next
/// one marked, instead of empty grids.
enum EmptySegment {
    struct Step: Equatable {
        let command: String
        let what: String
        let isNext: Bool
    }

    /// The steps, or nil when the segment has services and consumers (or
    /// has not been read yet).
    static func steps(_ overview: Overview) -> [Step]? {
        guard let services = overview.services, let consumers = overview.consumers, services == 0 || consumers == 0 else {
            return nil
        }
        let db = overview.databasePath.isEmpty ? "" : " --db \(UntrustedText.line(overview.databasePath))"
        return [
            Step(command: "segdesk import services\(db) services.jsonl",
                 what: localized("the provider, its address for cases, and the services it shares"), isNext: services == 0),
            Step(command: "segdesk import consumers\(db) consumers.jsonl",
                 what: localized("the banks or municipalities, their contacts and the services they use"),
                 isNext: services > 0 && consumers == 0),
            Step(command: "segdesk import incidents\(db) reports.jsonl",
                 what: localized("error reports, or let segdesk ingest maildir take them from mail"), isNext: false),
        ]
    }

    static func render(into screen: inout Screen, area: Rect, steps: [Step]) {
        var lines: [(String, Role)] = [
            (steps[0].isNext ? localized("This segment has no services yet. A new segment starts from an empty file:")
                : localized("This segment has no consumers yet. A new segment starts from an empty file:"), .header),
            ("", .normal),
        ]
        // Every line wraps to the width, a step's under its own indent: a
        // person at 80 columns reads each command and what it is for whole.
        let width = max(10, area.width - 2)
        func wrapped(_ text: String, indent: String = "", _ role: Role) -> [(String, Role)] {
            TextLayout.wrap(text, width: width - indent.count).map { (indent + $0, role) }
        }
        lines = lines.flatMap { wrapped($0.0, $0.1) }
        for (index, step) in steps.enumerated() {
            lines += wrapped("\(step.isNext ? "→" : " ") \(index + 1). \(step.command)", step.isNext ? .headerAlert : .normal)
            lines += wrapped(step.what, indent: "       ", .dim)
        }
        lines.append(("", .normal))
        lines += wrapped(localized("segdesk import --help describes each file's fields; segdesk --demo shows a filled segment."), .dim)
        for (offset, line) in lines.enumerated() where offset < area.height - 1 {
            screen.write(line.0, x: area.x + 1, y: area.y + offset + 1, limit: width, role: line.1)
        }
    }
}
