/// The provider's codes that are not faults, each with the standard answer a
/// first line gives at once (TD-005 with HTTP 404: no data for that person).
/// Read from a file the coordinator edits: lines of `CODE = answer`, `#`
/// comments, `\n` in an answer for a line break.
public struct KnownAnswers: Equatable, Sendable {
    public private(set) var answers: [String: String]

    public init(answers: [String: String] = [:]) {
        self.answers = Dictionary(uniqueKeysWithValues: answers.map { (ErrorCode.normalised($0.key), $0.value) })
    }

    /// Used when the coordinator has no file of their own.
    public static let standard = KnownAnswers(answers: [
        "TD-005": "TD-005 with HTTP 404 means that the Tax Administration has no data for this person for the period asked. "
            + "It is a valid answer, not a fault: the application can go on without income data from this source.",
    ])

    /// The standard answer for an incident's error code, if it has one.
    public func answer(for errorCode: String?) -> String? {
        errorCode.flatMap { answers[ErrorCode.normalised($0)] }
    }

    /// Parses the file's text; bad lines are warnings naming the line.
    public static func parse(_ text: String, file: String) -> (KnownAnswers, warnings: [String]) {
        var answers: [String: String] = [:]
        var warnings: [String] = []
        for line in KeyValueLines.read(text, comments: .wholeLines, valueRequired: true) {
            switch line {
            case .malformed(let number): warnings.append("\(file):\(number): " + localized("expected `CODE = answer`"))
            case let .pair(_, code, answer): answers[code] = answer.replacingOccurrences(of: "\\n", with: "\n")
            }
        }
        return (KnownAnswers(answers: answers), warnings)
    }
}
