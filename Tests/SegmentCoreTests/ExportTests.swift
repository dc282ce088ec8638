import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

@Suite("Export and check", .checkingStores)
struct ExportTests {
    private func exported(_ store: Store, _ kind: ExportKind, _ format: Exporter.Format, terminal: Bool = false) throws -> String {
        var text = ""
        try Exporter(store: store).export(kind, format: format, forTerminal: terminal) { text += $0 }
        return text
    }

    @Test("every kind exports one valid JSON object per record", arguments: ExportKind.allCases)
    func jsonLines(kind: ExportKind) throws {
        let store = try demoStore(incidents: 100)
        let lines = try exported(store, kind, .jsonl).split(separator: "\n")
        #expect(!lines.isEmpty)
        for line in lines {
            #expect(throws: Never.self) { _ = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any] }
        }
        if kind == .incidents { #expect(lines.count == 100) }
    }

    @Test("hostile text leaves as JSON escapes, and the CSV shown on a terminal has placeholders instead")
    func hostileTextStaysInert() throws {
        let store = try demoStore(incidents: 100)
        let json = try exported(store, .incidents, .jsonl)
        #expect(json.contains("\\u001b]0;terminal overtatt\\u0007\\u202e"))
        #expect(!json.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        let csv = try exported(store, .incidents, .csv, terminal: true)
        #expect(!csv.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        let piped = try exported(store, .incidents, .csv, terminal: false)
        #expect(piped.unicodeScalars.contains { $0.value == 0x1B })
    }

    @Test("CSV export reads back through the importer's own RFC 4180 reader, quotes and line breaks intact")
    func csvRoundTrip() throws {
        let store = try demoStore(incidents: 50)
        let records = CSVReader.records(try exported(store, .incidents, .csv)).records
        #expect(records.count == 51)
        #expect(records[0].fields.contains("external_id"))
        let bodyColumn = try #require(records[0].fields.firstIndex(of: "body"))
        #expect(records.dropFirst().contains { $0.fields[bodyColumn].contains("\n") })
    }

    @Test("a spreadsheet formula in a field is defused")
    func formulas() {
        #expect(CSVText.field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(CSVText.field("-5") == "-5")
    }

    @Test("a sound database checks clean; journal entries about a missing incident or import are reported")
    func check() throws {
        let store = try demoStore(incidents: 50)
        #expect(try store.check() == [])
        damagedOnPurpose(store)
        try store.journal(entity: .incident, id: 999_999, action: .note)
        #expect(try store.check() == ["journal: 1 entry names a record that does not exist (incident)"])
        try store.journal(entity: .import, id: 7, action: .imported)
        try store.journal(entity: .import, id: 8, action: .imported)
        #expect(try store.check() == ["journal: 2 entries name a record that does not exist (import)",
                                      "journal: 1 entry names a record that does not exist (incident)"])
    }
}
