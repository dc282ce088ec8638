import Foundation

/// The keys the benchmark presses, and how each kind is timed.
enum Keystrokes {
    static let down = Array("j".utf8)
    static let up = Array("k".utf8)
    static let pageDown = Array("\u{1B}[6~".utf8)
    static let tab = Array("\t".utf8)
    static let enter = Array("\r".utf8)
    static let close = Array("q".utf8)
    static let top = Array("g".utf8)

    /// How often a key is timed for its p99: nearest rank makes the p99 of
    /// fewer than 100 timings their maximum, which one neighbour's burst on
    /// this machine decides. A multiple of the five panes, so Tab comes back.
    static let repeats = 100

    static func measure(segdesk: String, database: String, quick: Bool, into results: inout Results) throws {
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment["LANG"] = "C.UTF-8"
        environment.removeValue(forKey: "NO_COLOR")
        let session = try TerminalSession(executable: segdesk, arguments: ["--db", database], environment: environment,
                                          columns: 80, rows: 24)
        guard session.drain(quiet: 300).lastByte != nil else { throw BenchError("segdesk drew nothing") }

        // Each key waits for the screen to settle, as a person's next key
        // does; in that moment segdesk reads the selected record ahead, so
        // an Enter measures what it costs after a person's pause.
        let visibleRows = 16
        var inWindow: [TerminalSession.Answer] = []
        var scrolling: [TerminalSession.Answer] = []
        for index in 0..<(quick ? 100 : 500) {
            let answer = session.press(down)
            if index < visibleRows - 1 { inWindow.append(answer) } else { scrolling.append(answer) }
        }
        // All the moves, as the budget counts them; then apart, since a move
        // that scrolls redraws every row and one within the window only two.
        results.add("move down", inWindow + scrolling)
        results.add("move down, within the window", inWindow)
        results.add("move down, scrolling", scrolling)
        _ = session.press(top)
        results.add("page down", (0..<(quick ? 20 : 50)).map { _ in session.press(pageDown) })
        _ = session.press(top)
        results.add("switch pane (Tab)", (0..<(quick ? 20 : Self.repeats)).map { _ in session.press(tab) })
        let records = openRecords(session, times: quick ? 20 : Self.repeats, stepping: down)
        results.add("open the first record (Enter)", [records.first])
        results.add("open a record (Enter)", records.opens)
        results.add("close a record (q)", records.closes)
        // A word in a few percent of the incidents, then one in nearly all:
        // past the prefixes the index keeps, the two cost the search differently.
        for (name, word) in [("filter keystroke, rare word", "tidsavbrud"), ("filter keystroke, common word", "produksjon")] {
            _ = session.press(Array("/".utf8))
            results.add(name, word.map { session.press(Array(String($0).utf8)) })
            _ = session.press(Array("\u{1B}".utf8), quiet: 200)
            _ = session.press(Array("\u{1B}".utf8), quiet: 200)
        }
        results.peakResidentKilobytes = session.peakResidentKilobytes()
        let status = session.quit()
        guard status == 0 else { throw BenchError("segdesk exited with status \(status)") }
        try measureOverview(segdesk: segdesk, database: database, environment: environment, quick: quick, into: &results)
    }

    /// The same database on the operator's desk at 200x60: the four-pane
    /// overview's moves, pane switches and records.
    private static func measureOverview(segdesk: String, database: String, environment: [String: String], quick: Bool,
                                        into results: inout Results) throws {
        let session = try TerminalSession(executable: segdesk, arguments: ["--db", database], environment: environment,
                                          columns: 200, rows: 60)
        guard session.drain(quiet: 300).lastByte != nil else { throw BenchError("segdesk drew nothing at 200x60") }
        results.add("200x60: move down", (0..<(quick ? 50 : 200)).map { _ in session.press(down) })
        results.add("200x60: switch pane (Tab)", (0..<(quick ? 20 : Self.repeats)).map { _ in session.press(tab) })
        let records = openRecords(session, times: quick ? 10 : Self.repeats, stepping: down)
        results.add("200x60: open the first record", [records.first])
        results.add("200x60: open a record (Enter)", records.opens)
        // Closing draws the whole overview again over the record.
        results.add("200x60: close a record (q)", records.closes)
        let status = session.quit()
        guard status == 0 else { throw BenchError("segdesk exited with status \(status) at 200x60") }
    }

    /// Opens the session's first record and closes it, steps once, then
    /// opens and closes `times` records in turn. The first is timed apart:
    /// it reads through statements not yet prepared and pages not yet
    /// cached, so it should neither hide in nor set the p99 of the others.
    static func openRecords(_ session: TerminalSession, times: Int, stepping step: [UInt8])
        -> (first: TerminalSession.Answer, opens: [TerminalSession.Answer], closes: [TerminalSession.Answer]) {
        let first = session.press(enter)
        _ = session.press(close)
        _ = session.press(step)
        var opens: [TerminalSession.Answer] = []
        var closes: [TerminalSession.Answer] = []
        for index in 0..<times {
            opens.append(session.press(enter))
            closes.append(session.press(close))
            _ = session.press(neighbour(index))
        }
        return (first, opens, closes)
    }

    /// The key that moves to the next record to open: down, then up again,
    /// so no record opens twice in a row (segdesk keeps the last record it
    /// laid out, and opening it again would measure only the read).
    static func neighbour(_ index: Int) -> [UInt8] { index.isMultiple(of: 2) ? down : up }
}
