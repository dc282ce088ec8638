import Foundation
import Testing

/// `Tests/tools/kill-loop` for a bounded number of rounds, against the
/// release build people run: SIGKILL during import, ingest and delivery,
/// and a sendmail that reads nothing.
@Suite("Killed at random moments", .enabled(if: TmuxSession.configuration == "release" && TmuxSession.isAvailable,
                                              "runs against the release build"))
struct KillLoopEndToEndTests {
    @Test("twelve rounds of kill-loop: nothing lost, half-written, sent twice, or marked sent unread")
    func twelveRounds() throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../tools/kill-loop").standardizedFileURL.path
        // The test runner holds the build's lock: the script runs the binary already built.
        let output = try TmuxSession.run(["env", "SEGDESK_BIN=\(TmuxSession.executable)", "bash", script, "12"])
        #expect(output.contains("12 rounds"))
        #expect(output.contains(", 0 failures"))
    }
}
