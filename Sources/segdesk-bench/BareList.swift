import Foundation

/// The yardstick: `bare-list`, the least a curses list of the same
/// incidents does, driven the same way in the same run, so the budgets
/// read as ratios that hold on a noisy machine.
enum BareList {
    static func measure(executable: String, database: String, quick: Bool, into results: inout Results) throws {
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment["LANG"] = "C.UTF-8"
        let session = try TerminalSession(executable: executable, arguments: [database], environment: environment,
                                          columns: 80, rows: 24)
        guard session.drain(quiet: 300).lastByte != nil else { throw BenchError("bare-list drew nothing") }
        var inWindow: [TerminalSession.Answer] = []
        var all: [TerminalSession.Answer] = []
        for index in 0..<(quick ? 100 : 500) {
            let answer = session.press(Keystrokes.down)
            if index < 22 { inWindow.append(answer) }
            all.append(answer)
        }
        results.add("bare list: move down", all)
        results.add("bare list: move, within window", inWindow)
        let status = session.quit()
        guard status == 0 else { throw BenchError("bare-list exited with status \(status)") }
    }
}
