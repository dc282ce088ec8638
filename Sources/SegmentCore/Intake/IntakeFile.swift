import Foundation

/// Intake files of any record kind: JSON Lines, one object per line, or CSV
/// with a header row (RFC 4180). Each record's fields go through the kind's
/// check; every problem is kept with its line.
public enum IntakeFile {
    /// Parses all of `data`; `name` is how messages name the file.
    public static func read<Record>(_ data: Data, name: String, csv: Bool,
                                    check: ([String: FieldValue], Int, String) -> RecordCheck<Record>) -> IntakeChunk<Record> {
        var contents = IntakeChunk<Record>()
        readChunks(data, name: name, csv: csv, check: check) { chunk in
            contents.records += chunk.records
            contents.problems += chunk.problems
        }
        return contents
    }

    /// Parses `data` in file order and hands over the checked records and
    /// problems every `chunkSize` records, so a caller can work on one chunk
    /// while the next is read.
    static func readChunks<Record>(_ data: Data, name: String, csv: Bool, chunkSize: Int = 4_096,
                                   check: ([String: FieldValue], Int, String) -> RecordCheck<Record>,
                                   emit: (IntakeChunk<Record>) -> Void) {
        var contents = IntakeChunk<Record>()
        func take(_ checked: RecordCheck<Record>) {
            switch checked {
            case .good(let record): contents.records.append(record)
            case .bad(let problems): contents.problems += problems
            }
            if contents.records.count >= chunkSize {
                emit(contents)
                contents = IntakeChunk()
            }
        }
        defer { emit(contents) }
        if csv {
            do {
                let rows = try CSVReader.records(String(decoding: data, as: UTF8.self))
                guard let header = rows.first else { return }
                let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                for row in rows.dropFirst() {
                    guard row.fields.count == names.count else {
                        contents.problems.append(IntakeProblem(file: name, line: row.line, field: "record",
                            message: "has \(row.fields.count) fields; the header has \(names.count)"))
                        continue
                    }
                    var fields: [String: FieldValue] = [:]
                    for (key, value) in zip(names, row.fields) where !value.isEmpty { fields[key] = .text(value) }
                    take(check(fields, row.line, name))
                }
            } catch let malformed as CSVReader.Malformed {
                contents.problems.append(IntakeProblem(file: name, line: malformed.line, field: "csv", message: malformed.message))
            } catch {
                contents.problems.append(IntakeProblem(file: name, line: 0, field: "csv", message: "\(error)"))
            }
            return
        }
        var lineNumber = 0
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            let bytes = buffer.bindMemory(to: UInt8.self)
            var start = 0
            while start < bytes.count {
                lineNumber += 1
                var end = start
                while end < bytes.count && bytes[end] != 10 { end += 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                start = end + 1
                if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
                do {
                    take(check(try JSONRecordParser.object(line), lineNumber, name))
                } catch let failure as JSONRecordParser.Failure {
                    contents.problems.append(IntakeProblem(file: name, line: lineNumber, field: "record",
                                                           message: "is not a JSON object on one line: \(failure.message)"))
                } catch {
                    contents.problems.append(IntakeProblem(file: name, line: lineNumber, field: "record", message: "\(error)"))
                }
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
