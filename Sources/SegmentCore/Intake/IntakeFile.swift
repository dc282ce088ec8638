import Foundation

/// Intake files of any record kind: JSON Lines, one object per line, or CSV
/// with a header row (RFC 4180). Each record's fields go through the kind's
/// check; every problem is kept with its line. Lines end in LF, CRLF or CR
/// alone; a byte-order mark is read past; NUL, bytes that are not UTF-8, a
/// field given twice and a field the kind does not know are refused.
public enum IntakeFile {
    /// Parses all of `data`; `name` is how messages name the file.
    public static func read<Record: IntakeRecord>(_ data: Data, name: String, csv: Bool,
                                                  as kind: Record.Type = Record.self) -> IntakeChunk<Record> {
        var contents = IntakeChunk<Record>()
        readChunks(data, name: name, csv: csv, as: kind) { chunk in
            contents.records += chunk.records
            contents.problems += chunk.problems
        }
        return contents
    }

    /// Parses `data` in file order and hands over the checked records and
    /// problems every `chunkSize` records, so a caller can work on one chunk
    /// while the next is read.
    static func readChunks<Record: IntakeRecord>(_ data: Data, name: String, csv: Bool, chunkSize: Int = 4_096,
                                                 as kind: Record.Type = Record.self,
                                                 emit: (IntakeChunk<Record>) -> Void) {
        var contents = IntakeChunk<Record>()
        let known = Set(Record.fieldNames)
        func take(_ fields: [String: FieldValue], line: Int) {
            let unknown = fields.keys.filter { !known.contains($0) }.sorted()
            guard unknown.isEmpty else {
                contents.problems += unknown.prefix(problemsPerRecord).map {
                    IntakeProblem(file: name, line: line, field: $0, message: localized("unknown field; known: {1}", knownList(Record.self)))
                }
                if unknown.count > problemsPerRecord {
                    contents.problems.append(IntakeProblem(file: name, line: line, field: "record",
                                                           message: localized("and {1} more unknown fields", unknown.count - problemsPerRecord)))
                }
                return
            }
            switch Record.check(fields, line: line, file: name) {
            case .good(let record): contents.records.append(record)
            case .bad(let problems): contents.problems += problems
            }
            if contents.records.count >= chunkSize {
                emit(contents)
                contents = IntakeChunk()
            }
        }
        func report(_ problem: IntakeProblem) { contents.problems.append(problem) }
        defer { emit(contents) }
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            let all = buffer.bindMemory(to: UInt8.self)
            let bytes = UnsafeBufferPointer(rebasing: all[IntakeBytes.byteOrderMarkLength(all)...])
            if csv {
                readTable(bytes, name: name, known: known, kind: kind, report: report, take: take)
            } else {
                readLines(bytes, name: name, report: report, take: take)
            }
        }
    }

    /// How many problems of one kind a record or header reports by name
    /// before the rest are counted: a line of 100,000 unknown keys is one
    /// mistake, not 100,000 lines on the terminal.
    static let problemsPerRecord = 20

    private static func knownList<Record: IntakeRecord>(_ kind: Record.Type) -> String {
        Record.fieldNames.sorted().joined(separator: ", ")
    }

    private static func readTable<Record: IntakeRecord>(_ bytes: UnsafeBufferPointer<UInt8>, name: String, known: Set<String>,
                                                        kind: Record.Type, report: (IntakeProblem) -> Void,
                                                        take: ([String: FieldValue], Int) -> Void) {
        if let fault = IntakeBytes.fault(in: bytes) {
            report(IntakeProblem(file: name, line: fault.line, field: "csv", message: fault.message))
            return
        }
        let table = CSVReader.records(String(decoding: bytes, as: UTF8.self))
        var problems = table.problems.map { IntakeProblem(file: name, line: $0.line, field: "csv", message: $0.message) }
        defer { problems.sorted { $0.line < $1.line }.forEach(report) }
        guard let header = table.records.first else { return }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var seen = Set<String>()
        for column in names.filter({ !seen.insert($0).inserted }).prefix(problemsPerRecord) {
            problems.append(IntakeProblem(file: name, line: header.line, field: "header", message: localized("the column \"{1}\" is given twice", column)))
        }
        let unknown = Set(names).subtracting(known).sorted()
        for column in unknown.prefix(problemsPerRecord) {
            problems.append(IntakeProblem(file: name, line: header.line, field: "header",
                                          message: localized("unknown column \"{1}\"; known: {2}", column, knownList(kind))))
        }
        if unknown.count > problemsPerRecord {
            problems.append(IntakeProblem(file: name, line: header.line, field: "header",
                                          message: localized("and {1} more unknown columns", unknown.count - problemsPerRecord)))
        }
        guard problems.allSatisfy({ $0.field != "header" }) else { return }
        for row in table.records.dropFirst() {
            guard row.fields.count == names.count else {
                problems.append(IntakeProblem(file: name, line: row.line, field: "record",
                                              message: Language.interface.counted(row.fields.count, "has {1} field; the header has {2}",
                                                                                 "has {1} fields; the header has {2}", names.count)))
                continue
            }
            var fields: [String: FieldValue] = [:]
            for (key, value) in zip(names, row.fields) where !value.isEmpty { fields[key] = .text(value) }
            take(fields, row.line)
        }
    }

    private static func readLines(_ bytes: UnsafeBufferPointer<UInt8>, name: String, report: (IntakeProblem) -> Void,
                                  take: ([String: FieldValue], Int) -> Void) {
        var lineNumber = 0
        var start = 0
        while start < bytes.count {
            lineNumber += 1
            var end = start
            var unusual = false
            while end < bytes.count && bytes[end] != 10 && bytes[end] != 13 {
                unusual = unusual || bytes[end] >= 0x80 || bytes[end] == 0
                end += 1
            }
            let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
            start = end + (end + 1 < bytes.count && bytes[end] == 13 && bytes[end + 1] == 10 ? 2 : 1)
            if line.allSatisfy({ $0 == 32 || $0 == 9 }) { continue }
            if unusual, let fault = IntakeBytes.fault(in: line, firstLine: lineNumber) {
                report(IntakeProblem(file: name, line: lineNumber, field: "record", message: fault.message))
                continue
            }
            do {
                take(try JSONRecordParser.object(line), lineNumber)
            } catch let failure as JSONRecordParser.Failure {
                let message = failure.isSyntax ? "is not a JSON object on one line: \(failure.message)" : failure.message
                report(IntakeProblem(file: name, line: lineNumber, field: "record", message: message))
            } catch {
                report(IntakeProblem(file: name, line: lineNumber, field: "record", message: String(describing: error)))
            }
        }
    }
}

/// An intake file or part of one: the good records and the problems of the bad ones.
public struct IntakeChunk<Record> {
    public var records: [Record] = []
    public var problems: [IntakeProblem] = []

    public init(records: [Record] = [], problems: [IntakeProblem] = []) {
        self.records = records
        self.problems = problems
    }
}

extension IntakeChunk: Sendable where Record: Sendable {}
