/// One thing wrong with one record of an intake file, said the way
/// compilers say it: `FILE:LINE: field: what is wrong`.
public struct IntakeProblem: Error, Equatable, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int
    public var field: String
    public var message: String

    public init(file: String, line: Int, field: String, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    public var description: String { "\(file):\(line): \(field): \(message)" }
}

/// An import refused as a whole because some records are bad; nothing was written.
public struct ImportRefused: Error, CustomStringConvertible, Sendable {
    public var problems: [IntakeProblem]

    /// The problems in line order, to be skipped; throws, refusing the whole
    /// import, when there are any and `skipBad` is false.
    static func skipping(_ problems: [IntakeProblem], skipBad: Bool) throws -> [IntakeProblem] {
        let sorted = problems.sorted { $0.line < $1.line }
        if !sorted.isEmpty && !skipBad { throw ImportRefused(problems: sorted) }
        return sorted
    }

    public var description: String {
        let records = Set(problems.map(\.line)).count
        return Language.interface.counted(records, "{1} record is bad; nothing was imported (--skip-bad imports the good ones)",
                                          "{1} records are bad; nothing was imported (--skip-bad imports the good ones)")
    }
}
