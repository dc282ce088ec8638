import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

/// alert.command: an SMS or chat gateway given the alert as JSON. What it
/// does wrong is kept on the alert; it never stops the mail.
@Suite("The alert command")
struct AlertCommandTests {
    private let dispatch = AlertDispatch(alert: 7, priority: "P1", rule: "new_report", title: "9 consumers report DAS-003 on felles-api",
                                         level: 1, to: "kari@koordinator.example", open: "segdesk --open SEG-12",
                                         facts: ["SEG-12  P1  Bank 1: HTTP 500"], subject: "[SEG-ALERT-7] P1: 9 consumers", message: 3)

    private func script(_ body: String, in folder: TemporaryDirectory) throws -> String {
        let path = folder.path("gateway.sh")
        try "#!/bin/sh\n\(body)\n".write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o755)
        return path
    }

    @Test("the program gets the alert as one line of JSON on standard input and no arguments")
    func json() throws {
        let folder = try TemporaryDirectory()
        let path = try script("cat > \(folder.path("got.json")); echo \"$#\" > \(folder.path("arguments"))", in: folder)
        #expect(AlertCommand(path: path, timeout: 5).run(dispatch) == nil)
        let got = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder.path("got.json")))) as? [String: Any]
        #expect(got?["alert"] as? Int == 7 && got?["to"] as? String == "kari@koordinator.example")
        #expect(got?["open"] as? String == "segdesk --open SEG-12")
        #expect(try String(contentsOfFile: folder.path("arguments"), encoding: .utf8) == "0\n")
    }

    @Test("a program that fails says how, with the first line it complained")
    func fails() throws {
        let folder = try TemporaryDirectory()
        let failure = AlertCommand(path: try script("echo 'gateway down' >&2; exit 3", in: folder), timeout: 5).run(dispatch)
        #expect(failure?.contains("exited with status 3") == true && failure?.contains("gateway down") == true, "\(failure ?? "")")
    }

    @Test("a program slower than alert.command.timeout is stopped and said to have timed out")
    func timesOut() throws {
        let folder = try TemporaryDirectory()
        let started = Date()
        let failure = AlertCommand(path: try script("sleep 30", in: folder), timeout: 1).run(dispatch)
        #expect(failure?.contains("1 s") == true, "\(failure ?? "")")
        #expect(Date().timeIntervalSince(started) < 10)
    }
}
