import CNcursesw
import Foundation
import SegmentCore

// bare-list: the yardstick the benchmark measures segdesk against. The
// least a terminal list of the same incidents can do: read one screenful
// in pane order by keyset, draw it with curses, move the selection with j
// (reading the next window at the bottom), quit with q. No header, no
// panes, no colours.

guard CommandLine.arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: bare-list DATABASE\n".utf8))
    exit(2)
}
let database = try Database(path: CommandLine.arguments[1])
_ = segdesk_setup_utf8_locale()
guard segdesk_start_terminal() == 1 else {
    FileHandle.standardError.write(Data("bare-list: cannot start the terminal\n".utf8))
    exit(1)
}
noecho()
cbreak()
curs_set(0)
let screen = segdesk_stdscr()

struct Line {
    var key: [SQLValue]
    var text: String
}

/// `count` incidents in pane order from `key` on (the start when nil).
@MainActor func window(from key: [SQLValue]?, count: Int) throws -> [Line] {
    // The same columns segdesk's incidents pane shows at 80 columns, so the
    // bytes a move writes compare like for like.
    let select = """
        SELECT i.id, i.priority, i.status, i.title, i.sort_group, i.sort_time, c.name, i.received_at
        FROM incidents i LEFT JOIN consumers c ON c.id = i.consumer_id
        """
    let width = Int(segdesk_cols())
    let map = { (row: Row) -> Line in
        func cell(_ text: String, _ size: Int) -> String {
            text.count > size ? String(text.prefix(size - 1)) + "…" : text.padding(toLength: size, withPad: " ", startingAt: 0)
        }
        let age = "\(max(0, (Int64(Date().timeIntervalSince1970) - row.int(7)) / 3600))h"
        let text = " " + cell("P\(row.int(1))", 4) + cell(age, 7) + cell(row.string(2), 10)
            + cell(row.optionalString(6) ?? "unmatched", 17) + row.string(3)
        return Line(key: [.integer(row.int(4)), .integer(row.int(5)), .integer(row.int(0))], text: cell(text, width))
    }
    if let key {
        return try database.rows("\(select) WHERE (i.sort_group, i.sort_time, i.id) >= (?, ?, ?) ORDER BY i.sort_group, i.sort_time, i.id LIMIT ?",
                                 key + [.integer(Int64(count))], map)
    }
    return try database.rows("\(select) ORDER BY i.sort_group, i.sort_time, i.id LIMIT ?", [.integer(Int64(count))], map)
}

let visible = Int(segdesk_lines())
var lines = try window(from: nil, count: visible + 1)
var selected = 0

@MainActor func draw() {
    werase(screen)
    for (row, line) in lines.prefix(visible).enumerated() {
        if row == selected { wattr_on(screen, segdesk_attr_reverse(), nil) }
        mvwaddnstr(screen, Int32(row), 0, line.text, Int32(segdesk_cols()))
        if row == selected { wattr_off(screen, segdesk_attr_reverse(), nil) }
    }
    wnoutrefresh(screen)
    doupdate()
}

draw()
while true {
    let key = wgetch(screen)
    if key == Int32(UInt8(ascii: "q")) { break }
    guard key == Int32(UInt8(ascii: "j")) else { continue }
    if selected + 1 < min(visible, lines.count) {
        selected += 1
    } else if lines.count > visible {
        lines = try window(from: lines[1].key, count: visible + 1)
    }
    draw()
}
endwin()
