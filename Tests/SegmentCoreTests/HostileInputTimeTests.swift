import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

/// A message or file built to make a parser slow must not hold up intake:
/// each parser reads a megabyte of hostile input and gives a sane answer.
/// How long each takes is the benchmark's to say (`segdesk-bench` reads the
/// same inputs); here a quadratic parser would take hours, so the suite's
/// time limit is a guard against a hang, not a measurement.
@Suite("Hostile input read to its end", .timeLimit(.minutes(2)), .checkingStores)
struct HostileInputTimeTests {
    private static let megabyte = 1 << 20

    private static func repeated(_ unit: String) -> String {
        String(repeating: unit, count: megabyte / unit.count)
    }

    @Test("HTML: a megabyte of '<' with no '>', and of '<<<…>' runs, becomes text no longer than it was",
          arguments: ["<", "<a", "<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<>", "&#", "<script"])
    func html(unit: String) {
        let text = Self.repeated(unit)
        #expect(HTMLText.plain(text).utf8.count <= text.utf8.count)
    }

    @Test("CSV: an unterminated quote, a megabyte of commas, of quotes, of line ends", arguments: ["\"", ",", "\"\"", "\r", "\n"])
    func csv(unit: String) {
        let result = CSVReader.records("external_id,consumer\n" + Self.repeated(unit))
        #expect(result.records.count + result.problems.count <= Self.megabyte + 1)
    }

    @Test("JSON Lines: deep nesting, a long string of escapes, a megabyte of one line is one refused record",
          arguments: ["[", "{\"a\":", "\\u00e5", " "])
    func json(unit: String) {
        let contents = IncidentFile.read(Data(("{\"title\":\"" + Self.repeated(unit)).utf8), name: "in.jsonl", csv: false)
        #expect(contents.records.isEmpty)
        #expect(contents.problems.count == 1)
    }

    @Test("MIME: a megabyte of boundaries, of header lines, of encoded words", arguments: [
        "--b\r\n", "X-A: b\r\n", "Subject: =?utf-8?q?=C3=A5?= ", "\r\n --b", "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n",
    ])
    func mime(unit: String) {
        let text = "From: a@b.no\r\nContent-Type: multipart/mixed; boundary=b\r\n" + Self.repeated(unit)
        let mail = try? InboundMail.parse(Array(text.utf8))
        #expect((mail?.text.utf8.count ?? 0) <= text.utf8.count)
    }

    @Test("HTML mail: a megabyte of malformed markup in an HTML-only message")
    func htmlMail() {
        let text = "From: a@b.no\r\nContent-Type: text/html\r\n\r\n" + Self.repeated("<b <i ")
        let mail = try? InboundMail.parse(Array(text.utf8))
        #expect((mail?.text.utf8.count ?? 0) <= text.utf8.count)
    }
}
