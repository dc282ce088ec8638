import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

/// Intake that says what it did: whatever a file holds, a record is either
/// taken as written or refused with its line, never silently changed.
@Suite("Intake files as they come", .checkingStores)
struct IntakeHardeningTests {
    private let record = #"{"external_id":"F-1","consumer":"974760673","service":"inntekt-api","received_at":"2026-11-26T08:15:00+01:00","title":"Blåbær 503"}"#
    private let csvHeader = "external_id,consumer,service,received_at,title"

    private func json(_ lines: [String]) -> IncidentFile.Contents {
        IncidentFile.read(Data(lines.joined(separator: "\n").utf8), name: "in.jsonl", csv: false)
    }

    private func csv(_ bytes: [UInt8]) -> IncidentFile.Contents {
        IncidentFile.read(Data(bytes), name: "in.csv", csv: true)
    }

    private func csvRow(_ id: String, title: String = "HTTP 503") -> String {
        "\(id),974760673,inntekt-api,2026-11-26T08:15:00+01:00,\(title)"
    }

    private func problems(_ contents: IncidentFile.Contents) -> [String] { contents.problems.map(\.description) }

    @Test("text is taken as written: outer spaces and a trailing CR in a title, a body and a name stay")
    func textAsWritten() {
        let contents = json([#"{"external_id":"F-1","consumer":"974760673","service":"inntekt-api","received_at":"2026-11-26T08:15:00+01:00","title":"  x  ","body":"body  \r","reporter_name":" a "}"#])
        #expect(problems(contents).isEmpty)
        #expect(contents.records.map(\.title) == ["  x  "])
        #expect(contents.records.map(\.body) == ["body  \r"])
        #expect(contents.records.map(\.reporterName) == [" a "])
        let table = csv(Array((csvHeader + ",body\n" + csvRow("A", title: "\"  x  \"") + ",\"body  \r\"\n").utf8))
        #expect(problems(table).isEmpty)
        #expect(table.records.map(\.title) == ["  x  "])
        #expect(table.records.map(\.body) == ["body  \r"])
    }

    @Test("an identifier with spaces around it is refused with its line, since nobody means it")
    func identifierWithOuterSpaces() {
        let contents = Language.$interface.withValue(.english) {
            json([record.replacingOccurrences(of: #""F-1""#, with: #"" F-1 ""#).replacingOccurrences(of: #""inntekt-api""#, with: #""inntekt-api ""#)])
        }
        #expect(problems(contents) == [#"in.jsonl:1: external_id: has spaces before or after it (" F-1 "); write it without them"#,
                                       #"in.jsonl:1: service: has spaces before or after it ("inntekt-api "); write it without them"#])
    }

    @Test("a reporter's name with a line break is refused, as a contact's name is")
    func reporterNameOnOneLine() {
        let flat = json([record.replacingOccurrences(of: "}", with: #","reporter_name":"Kari\r\nBcc: x@y.example"}"#)])
        #expect(flat.records.isEmpty)
        #expect(flat.problems.map(\.field) == ["reporter_name"])
        let nested = json([record.replacingOccurrences(of: "}", with: #","reporter":{"name":"Kari\nNordmann","email":"k@bank.example"}}"#)])
        #expect(nested.records.isEmpty)
        #expect(nested.problems.map(\.field) == ["reporter.name"])
    }

    @Test("a line of 100,000 unknown keys, or a header of 100,000 unknown columns, is 20 problems named and one counting the rest")
    func unknownKeysCapped() {
        let keys = (0..<100_000).map { #""k\#($0)":1"# }.joined(separator: ",")
        let line = Language.$interface.withValue(.english) { json([record.dropLast() + "," + keys + "}"]) }
        #expect(line.problems.count == 21)
        #expect(line.problems.last?.description == "in.jsonl:1: record: and 99980 more unknown fields")
        let header = csvHeader + "," + (0..<100_000).map { "c\($0)" }.joined(separator: ",")
        let table = Language.$interface.withValue(.english) { csv(Array((header + "\n" + csvRow("A") + "\n").utf8)) }
        #expect(table.problems.count == 21)
        #expect(table.problems.last?.description == "in.csv:1: header: and 99980 more unknown columns")
    }

    @Test("a line that is not UTF-8 is refused with its line; the others are read as written")
    func notUTF8() {
        var bytes = Array((record + "\n").utf8)
        bytes += Array(#"{"external_id":"F-2","consumer":"974760673","service":"inntekt-api","received_at":"2026-11-26T08:15:00+01:00","title":"Bl"#.utf8)
        bytes += [0xE5, 0x62] + Array("r\"}\n".utf8)
        let contents = IncidentFile.read(Data(bytes), name: "in.jsonl", csv: false)
        #expect(contents.records.map(\.title) == ["Blåbær 503"])
        #expect(problems(contents) == ["in.jsonl:2: record: is not UTF-8 text (byte 0xE5 at column 122); "
                                       + "save the file as UTF-8, or name its encoding with --encoding"])
        let table = csv(Array((csvHeader + "\n" + csvRow("A") + "\n").utf8) + Array("B,974760673,inntekt-api,2026-11-26T08:15:00+01:00,Bl".utf8) + [0xE5, 10])
        #expect(problems(table) == ["in.csv:3: csv: is not UTF-8 text (byte 0xE5 at column 53); "
                                    + "save the file as UTF-8, or name its encoding with --encoding"])
    }

    @Test("a file in Windows-1252, named with --encoding, reads as the letters it holds")
    func namedEncoding() throws {
        let bytes = Array((csvHeader + "\n").utf8) + Array("A,974760673,inntekt-api,2026-11-26T08:15:00+01:00,Bl".utf8) + [0xE5, 0x62, 0xE6, 0x72, 10]
        let converted = try IntakeEncoding.utf8(Data(bytes), from: "windows-1252")
        #expect(IncidentFile.read(converted, name: "in.csv", csv: true).records.map(\.title) == ["Blåbær"])
        #expect(throws: StoreError.self) { try IntakeEncoding.utf8(Data(bytes), from: "ebcdic") }
    }

    @Test("NUL, raw or escaped, is refused: it would cut the text on every read")
    func nul() {
        let escaped = json([record.replacingOccurrences(of: "Blåbær 503", with: #"Blå\u0000bær"#)])
        #expect(problems(escaped) == [#"in.jsonl:1: record: holds a NUL character (\u0000), which cannot be stored"#])
        let raw = csv(Array((csvHeader + "\n").utf8) + Array(csvRow("A").utf8) + [0, 10])
        #expect(problems(raw) == ["in.csv:2: csv: holds a NUL byte, which cannot be stored"])
    }

    @Test("a byte-order mark, as spreadsheets write it, is read past")
    func byteOrderMark() {
        let contents = csv([0xEF, 0xBB, 0xBF] + Array((csvHeader + "\r\n" + csvRow("A") + "\r\n").utf8))
        #expect(problems(contents).isEmpty)
        #expect(contents.records.count == 1)
        #expect(json(["\u{FEFF}" + record]).records.count == 1)
    }

    @Test("line ends of CR alone (old Mac files) separate records like LF and CRLF")
    func carriageReturnsOnly() {
        let table = csv(Array((csvHeader + "\r" + csvRow("A") + "\r" + csvRow("B") + "\r").utf8))
        #expect(table.records.map(\.line) == [2, 3])
        let lines = IncidentFile.read(Data((record + "\r" + record.replacingOccurrences(of: "F-1", with: "F-2")).utf8),
                                      name: "in.jsonl", csv: false)
        #expect(lines.records.map(\.line) == [1, 2])
    }

    @Test("a field given twice, in JSON or as a CSV column, is refused instead of one silently winning")
    func givenTwice() {
        let twice = json([record.replacingOccurrences(of: #""title":"#, with: #""title":"first","title":"#)])
        #expect(problems(twice) == [#"in.jsonl:1: record: is not a JSON object on one line: the field "title" is given twice"#])
        let columns = csv(Array((csvHeader + ",title\n" + csvRow("A") + ",again\n").utf8))
        #expect(columns.records.isEmpty)
        #expect(problems(columns) == [#"in.csv:1: header: the column "title" is given twice"#])
    }

    @Test("an unknown field is refused with the names segdesk knows, not dropped")
    func unknownField() throws {
        let typo = json([record.replacingOccurrences(of: #""title":"#, with: #""titel":"x","title":"#)])
        let problem = try #require(typo.problems.first?.description)
        #expect(problem.hasPrefix(#"in.jsonl:1: titel: unknown field; known: body, consumer, correlation_id, environment, error_code, external_id"#))
        let column = csv(Array((csvHeader + ",priority\n" + csvRow("A") + ",1\n").utf8))
        #expect(column.records.isEmpty)
        #expect(column.problems.first?.description.hasPrefix(#"in.csv:1: header: unknown column "priority"; known: "#) == true)
    }

    @Test("a title is at most 500 characters; a longer one is refused with the limit")
    func titleLimit() {
        let long = json([record.replacingOccurrences(of: "Blåbær 503", with: String(repeating: "å", count: 501))])
        #expect(problems(long) == ["in.jsonl:1: title: is 501 characters long; at most 500"])
        #expect(json([record.replacingOccurrences(of: "Blåbær 503", with: String(repeating: "å", count: 500))]).problems.isEmpty)
    }

    @Test("a broken quote costs its own record only: the good records before and after it are kept")
    func brokenQuoteKeepsTheRest() {
        let text = [csvHeader, csvRow("A"), csvRow("B", title: "x\"y"), csvRow("C", title: "\"ok\" then"), csvRow("D"),
                    csvRow("E", title: "\"never closed")].joined(separator: "\n")
        let contents = csv(Array((text + "\n").utf8))
        #expect(contents.records.map(\.externalID) == ["A", "D"])
        #expect(problems(contents) == [
            "in.csv:3: csv: a quote inside an unquoted field; quote the whole field and double the quote",
            "in.csv:4: csv: text after a closing quote; expected a comma or the end of the line",
            "in.csv:6: csv: a quoted field is never closed",
        ])
    }
}
