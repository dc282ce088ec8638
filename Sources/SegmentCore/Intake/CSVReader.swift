/// Reads RFC 4180 CSV: fields separated by commas, records by CRLF, LF or CR
/// alone; a quoted field may hold commas, doubled quotes and line breaks.
/// Each record comes with the line it starts on, for error messages. A
/// record whose quotes are broken is reported and skipped to the end of its
/// line, so the records around it are still read.
struct CSVReader {
    struct Record {
        var line: Int
        var fields: [String]
    }

    /// What is wrong with a record's shape, at a line.
    struct Malformed: Error, Equatable {
        var line: Int
        var message: String
    }

    static func records(_ text: String) -> (records: [Record], problems: [Malformed]) {
        var reader = CSVReader(text)
        reader.read()
        return (reader.records, reader.problems)
    }

    private var scalars: String.UnicodeScalarView.Iterator
    private var pending: Unicode.Scalar?
    private var records: [Record] = []
    private var problems: [Malformed] = []
    private var fields: [String] = []
    private var field = String.UnicodeScalarView()
    private var inQuotes = false
    private var afterQuote = false
    private var line = 1
    private var recordLine = 1

    private init(_ text: String) {
        scalars = text.unicodeScalars.makeIterator()
        pending = scalars.next()
    }

    private mutating func advance() -> Unicode.Scalar? {
        let scalar = pending
        pending = scalars.next()
        return scalar
    }

    /// True for LF, and for CR when it is not the first half of CRLF.
    private mutating func endsLine(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\r" && pending == "\n" { return false }
        return scalar == "\n" || scalar == "\r"
    }

    private mutating func read() {
        while let scalar = advance() {
            if inQuotes {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.append("\"")
                        _ = advance()
                    } else {
                        inQuotes = false
                        afterQuote = true
                    }
                } else {
                    if endsLine(scalar) { line += 1 }
                    field.append(scalar)
                }
                continue
            }
            if endsLine(scalar) {
                endRecord()
                line += 1
                recordLine = line
                continue
            }
            switch scalar {
            case ",":
                endField()
            case "\r":
                continue
            case "\"" where !field.isEmpty || afterQuote:
                skipBrokenRecord("a quote inside an unquoted field; quote the whole field and double the quote")
            case "\"":
                inQuotes = true
            default:
                guard !afterQuote else {
                    skipBrokenRecord("text after a closing quote; expected a comma or the end of the line")
                    continue
                }
                field.append(scalar)
            }
        }
        if inQuotes {
            problems.append(Malformed(line: recordLine, message: localized("a quoted field is never closed")))
        } else if !field.isEmpty || !fields.isEmpty {
            endRecord()
        }
    }

    private mutating func endField() {
        fields.append(String(field))
        field = String.UnicodeScalarView()
        afterQuote = false
    }

    private mutating func endRecord() {
        endField()
        if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(line: recordLine, fields: fields)) }
        fields = []
    }

    /// Reports the record and drops it, reading on from the next line.
    private mutating func skipBrokenRecord(_ message: String) {
        problems.append(Malformed(line: recordLine, message: message))
        while let scalar = advance(), !endsLine(scalar) {}
        fields = []
        field = String.UnicodeScalarView()
        afterQuote = false
        line += 1
        recordLine = line
    }
}
