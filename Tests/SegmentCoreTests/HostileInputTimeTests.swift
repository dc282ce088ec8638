import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

/// A message or file built to make a parser slow must not hold up intake:
/// each parser reads a megabyte of hostile input in linear time. This is not
/// a timing (those belong in the benchmark): each input takes well under a
/// second in a debug build when linear, and minutes to hours when quadratic,
/// so a bound of ten seconds tells the two apart on any machine.
@Suite("Hostile input in linear time")
struct HostileInputTimeTests {
    private static let megabyte = 1 << 20

    private func finishesQuickly(_ what: String, _ work: () throws -> Void) rethrows {
        let started = ContinuousClock.now
        try work()
        let took = ContinuousClock.now - started
        #expect(took < .seconds(10), "\(what) took \(took)")
    }

    @Test("HTML: a megabyte of '<' with no '>', and of '<<<…>' runs", arguments: ["<", "<a", "<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<>", "&#", "<script"])
    func html(unit: String) {
        let text = String(repeating: unit, count: Self.megabyte / unit.count)
        finishesQuickly("HTML of \(unit)") { _ = HTMLText.plain(text) }
    }

    @Test("CSV: an unterminated quote, a megabyte of commas, of quotes, of line ends", arguments: ["\"", ",", "\"\"", "\r", "\n"])
    func csv(unit: String) {
        let text = "external_id,consumer\n" + String(repeating: unit, count: Self.megabyte / unit.count)
        finishesQuickly("CSV of \(unit.debugDescription)") { _ = CSVReader.records(text) }
    }

    @Test("JSON Lines: deep nesting, a long string of escapes, a megabyte of one line", arguments: ["[", "{\"a\":", "\\u00e5", " "])
    func json(unit: String) {
        let line = "{\"title\":\"" + String(repeating: unit, count: Self.megabyte / unit.count)
        finishesQuickly("JSON of \(unit)") { _ = IncidentFile.read(Data(line.utf8), name: "in.jsonl", csv: false) }
    }

    @Test("MIME: a megabyte of boundaries, of header lines, of encoded words", arguments: [
        "--b\r\n", "X-A: b\r\n", "Subject: =?utf-8?q?=C3=A5?= ", "\r\n --b", "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n",
    ])
    func mime(unit: String) {
        let text = "From: a@b.no\r\nContent-Type: multipart/mixed; boundary=b\r\n" + String(repeating: unit, count: Self.megabyte / unit.count)
        finishesQuickly("MIME of \(unit.debugDescription)") { _ = try? InboundMail.parse(Array(text.utf8)) }
    }

    @Test("HTML mail: a megabyte of malformed markup in an HTML-only message")
    func htmlMail() {
        let text = "From: a@b.no\r\nContent-Type: text/html\r\n\r\n" + String(repeating: "<b <i ", count: Self.megabyte / 6)
        finishesQuickly("HTML-only mail") { _ = try? InboundMail.parse(Array(text.utf8)) }
    }
}
