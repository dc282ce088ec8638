import Foundation

/// Writes a kind of record as JSON Lines or CSV, one row at a time, so a
/// million incidents never sit in memory together.
public struct Exporter {
    public enum Format: String, Sendable {
        case jsonl, csv
    }

    let store: Store
    let keepsPersonalData: Bool

    /// National identity numbers in the records are masked unless
    /// `keepingPersonalData` says the operator wants them.
    public init(store: Store, keepingPersonalData: Bool = false) {
        self.store = store
        keepsPersonalData = keepingPersonalData
    }

    /// Streams every record of `kind` (messages: those `filter` chooses) to
    /// `write` in chunks. With `forTerminal`, CSV text from outside is made
    /// safe to show (JSON escapes it anyway).
    public func export(_ kind: ExportKind, format: Format, forTerminal: Bool, filter: ExportFilter = ExportFilter(),
                       write: (String) -> Void) throws {
        var buffer = ""
        var wroteHeader = false
        try ExportRepository(database: store.database, serviceLevel: store.policy.serviceLevel).forEach(kind, at: store.now(), filter: filter) { row in
            let columns = 0..<row.columnCount
            let value = { (column: Int32) -> SQLValue in
                guard !keepsPersonalData, case .text(let text) = row.value(column) else { return row.value(column) }
                return .text(NationalIdentityNumber.masked(text).text)
            }
            switch format {
            case .jsonl:
                buffer += "{" + columns.map { "\(JSONText.quoted(row.name($0))):\(JSONText.value(value($0)))" }
                    .joined(separator: ",") + "}\n"
            case .csv:
                if !wroteHeader {
                    buffer += columns.map { CSVText.field(row.name($0)) }.joined(separator: ",") + "\r\n"
                    wroteHeader = true
                }
                buffer += columns.map { column -> String in
                    var text = CSVText.plain(value(column))
                    if forTerminal { text = UntrustedText.clean(text) }
                    return CSVText.field(text)
                }.joined(separator: ",") + "\r\n"
            }
            if buffer.utf8.count > 65_536 {
                write(buffer)
                buffer = ""
            }
        }
        write(buffer)
    }
}

/// JSON text for export: strings escaped so that no control, line-separator
/// or bidirectional character appears raw.
enum JSONText {
    static func value(_ value: SQLValue) -> String {
        switch value {
        case .null: "null"
        case .integer(let number): String(number)
        case .real(let number): number.isFinite ? String(number) : "null"
        case .text(let text): quoted(text)
        }
    }

    static func quoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                let value = scalar.value
                if value < 0x20 || (0x7F...0x9F).contains(value) || (0x2028...0x2029).contains(value)
                    || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
                    || value == 0x200E || value == 0x200F || value == 0x061C {
                    output += "\\u" + hex4(value)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }

    private static func hex4(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 4 - hex.count) + hex
    }
}

/// CSV text for export (RFC 4180).
enum CSVText {
    static func plain(_ value: SQLValue) -> String {
        switch value {
        case .null: ""
        case .integer(let number): String(number)
        case .real(let number): String(number)
        case .text(let text): text
        }
    }

    /// Quoted when it holds a comma, quote or line break, or could start a
    /// spreadsheet formula (=, +, -, @), which is also prefixed with '.
    static func field(_ text: String) -> String {
        var text = text
        if let first = text.first, "=+-@".contains(first), Double(text) == nil { text = "'" + text }
        // By scalar: "\r\n" is one Character, equal to neither "\r" nor "\n".
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes || text != text.trimmingCharacters(in: .whitespaces) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
