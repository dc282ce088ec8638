/// Reads RFC 4180 CSV: fields separated by commas, records by CRLF or LF;
/// a quoted field may hold commas, doubled quotes and line breaks. Each
/// record comes with the line it starts on, for error messages.
struct CSVReader {
    struct Record {
        var line: Int
        var fields: [String]
    }

    /// What is wrong with the file's shape, at a line.
    struct Malformed: Error {
        var line: Int
        var message: String
    }

    static func records(_ text: String) throws -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var afterQuote = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()

        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            afterQuote = false
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(line: recordLine, fields: fields)) }
            fields = []
        }

        while let scalar = pending {
            pending = scalars.next()
            if inQuotes {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.append("\"")
                        pending = scalars.next()
                    } else {
                        inQuotes = false
                        afterQuote = true
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case ",":
                endField()
            case "\r" where pending == "\n":
                continue
            case "\n":
                endRecord()
                line += 1
                recordLine = line
            case "\"":
                guard field.isEmpty, !afterQuote else {
                    throw Malformed(line: line, message: "a quote inside an unquoted field; quote the whole field and double the quote")
                }
                inQuotes = true
            default:
                if afterQuote {
                    throw Malformed(line: line, message: "text after a closing quote; expected a comma or the end of the line")
                }
                field.append(scalar)
            }
        }
        if inQuotes { throw Malformed(line: recordLine, message: "a quoted field is never closed") }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }
}
