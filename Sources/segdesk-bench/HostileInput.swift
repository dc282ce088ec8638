import Foundation
import SegmentCore

/// A megabyte of input built to make a parser slow, through each public
/// reader an outside party can reach: an intake file (JSON Lines and CSV) and
/// a mail (MIME headers, parts, encoded words, HTML-only bodies). Linear
/// parsers read each in milliseconds; a quadratic one takes minutes.
enum HostileInput {
    private static let megabyte = 1 << 20

    private static func repeated(_ unit: String) -> String {
        String(repeating: unit, count: megabyte / unit.count)
    }

    /// Every input, named for the table.
    static var inputs: [(name: String, read: () -> Void)] {
        var inputs: [(name: String, read: () -> Void)] = []
        for unit in ["[", "{\"a\":", "\\u00e5", " "] {
            let data = Data(("{\"title\":\"" + repeated(unit)).utf8)
            inputs.append(("JSON Lines of \(unit)", { _ = IncidentFile.read(data, name: "in.jsonl", csv: false) }))
        }
        for unit in ["\"", ",", "\"\"", "\r", "\n"] {
            let data = Data(("external_id,consumer\n" + repeated(unit)).utf8)
            inputs.append(("CSV of \(unit.debugDescription)", { _ = IncidentFile.read(data, name: "in.csv", csv: true) }))
        }
        for unit in ["--b\r\n", "X-A: b\r\n", "Subject: =?utf-8?q?=C3=A5?= ", "\r\n --b"] {
            let bytes = Array(("From: a@b.no\r\nContent-Type: multipart/mixed; boundary=b\r\n" + repeated(unit)).utf8)
            inputs.append(("MIME of \(unit.debugDescription)", { _ = try? InboundMail.parse(bytes) }))
        }
        for unit in ["<", "<a", "<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<>", "&#", "<script", "<b <i "] {
            let bytes = Array(("From: a@b.no\r\nContent-Type: text/html\r\n\r\n" + repeated(unit)).utf8)
            inputs.append(("HTML mail of \(unit)", { _ = try? InboundMail.parse(bytes) }))
        }
        return inputs
    }

    /// Reads every input once and keeps the slowest, in milliseconds.
    static func measure(into results: inout Results) {
        for input in inputs {
            let started = DispatchTime.now().uptimeNanoseconds
            input.read()
            let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
            if milliseconds > results.hostileInputSlowest?.milliseconds ?? -1 {
                results.hostileInputSlowest = (input.name, milliseconds)
            }
        }
        results.hostileInputCount = inputs.count
    }
}
