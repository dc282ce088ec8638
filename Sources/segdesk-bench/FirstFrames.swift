import Foundation

/// The first full frame of segdesk and of the bare list at 80x24, and of
/// segdesk's four-pane overview at 200x60, started in turn (11 times each,
/// 3 with --quick): one start of each says little on a machine whose
/// neighbours come and go; the medians of starts side by side do. The time
/// runs from the start of the process to the last byte of its first frame.
enum FirstFrames {
    static func measure(segdesk: String, bareList: String?, database: String, quick: Bool, into results: inout Results) throws {
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment["LANG"] = "C.UTF-8"
        environment.removeValue(forKey: "NO_COLOR")
        var segdeskFrames: [Double] = []
        var bareFrames: [Double] = []
        var overviewFrames: [Double] = []
        for _ in 0..<(quick ? 3 : 11) {
            if let bareList {
                bareFrames.append(try firstFrame(bareList, [database], environment: environment).milliseconds)
            }
            let frame = try firstFrame(segdesk, ["--db", database], environment: environment)
            segdeskFrames.append(frame.milliseconds)
            results.firstFrameBytes = frame.bytes
            let overview = try firstFrame(segdesk, ["--db", database], environment: environment, columns: 200, rows: 60)
            overviewFrames.append(overview.milliseconds)
            results.overviewFirstFrameBytes = overview.bytes
        }
        results.firstFrameMilliseconds = Summary(segdeskFrames)?.median
        results.bareFirstFrameMilliseconds = Summary(bareFrames)?.median
        results.overviewFirstFrameMilliseconds = Summary(overviewFrames)?.median
    }

    private static func firstFrame(_ executable: String, _ arguments: [String], environment: [String: String],
                                   columns: Int = 80, rows: Int = 24) throws -> (milliseconds: Double, bytes: Int) {
        let session = try TerminalSession(executable: executable, arguments: arguments, environment: environment,
                                          columns: columns, rows: rows)
        let first = session.drain(quiet: 300)
        let status = session.quit()
        guard let lastByte = first.lastByte, status == 0 else {
            throw BenchError("\(executable) drew nothing or exited with status \(status)")
        }
        return (lastByte, first.bytes)
    }
}
