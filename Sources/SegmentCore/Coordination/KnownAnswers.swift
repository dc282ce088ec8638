/// Standard answers for error codes that are not faults, from the
/// coordinator's `known-answers` file (`CODE = answer`, or per language
/// `CODE.nb = ...` and `CODE.en = ...`): the operator sends one with a key,
/// in the reporter's language.
public struct KnownAnswers: Equatable, Sendable {
    /// The answers by normalised code: by language where one was named,
    /// and under nil the one written without a language.
    public private(set) var answers: [String: [Language?: String]]

    public init(answers: [String: [Language?: String]] = [:]) {
        self.answers = Dictionary(answers.map { (ErrorCode.normalised($0.key), $0.value) }, uniquingKeysWith: { $0.merging($1) { _, new in new } })
    }

    /// Used when the coordinator has no file of their own.
    public static let standard = KnownAnswers(answers: [
        "TD-005": [
            .english: "TD-005 with HTTP 404 means that the Tax Administration has no data for this person for the period asked. "
                + "It is a valid answer, not a fault: the application can go on without income data from this source.",
            .bokmal: "TD-005 med HTTP 404 betyr at Skatteetaten ikke har data om denne personen for perioden det ble spurt om. "
                + "Det er et gyldig svar, ikke en feil: søknaden kan gå videre uten inntektsopplysninger fra denne kilden.",
        ],
    ])

    /// Whether the code has a standard answer in any language.
    public func hasAnswer(for errorCode: String?) -> Bool {
        errorCode.map { answers[ErrorCode.normalised($0)] != nil } ?? false
    }

    /// The standard answer for an incident's error code in `language`: that
    /// language's, else bokmål's, else one written without a language, else
    /// any there is; nil when the code has none.
    public func answer(for errorCode: String?, in language: Language) -> String? {
        guard let texts = errorCode.flatMap({ answers[ErrorCode.normalised($0)] }) else { return nil }
        return texts[language] ?? texts[.bokmal] ?? texts[nil] ?? texts.values.sorted().first
    }

    /// Parses the file's text; bad lines are warnings naming the line.
    public static func parse(_ text: String, file: String) -> (KnownAnswers, warnings: [String]) {
        var answers: [String: [Language?: String]] = [:]
        var warnings: [String] = []
        for line in KeyValueLines.read(text, comments: .wholeLines, valueRequired: true) {
            switch line {
            case .malformed(let number): warnings.append("\(file):\(number): " + localized("expected `CODE = answer` or `CODE.nb = svar`"))
            case let .pair(_, key, answer):
                let text = answer.replacingOccurrences(of: "\\n", with: "\n")
                if let dot = key.lastIndex(of: "."), let language = Language(code: String(key[key.index(after: dot)...])) {
                    answers[String(key[..<dot]), default: [:]][language] = text
                } else {
                    answers[key, default: [:]][nil] = text
                }
            }
        }
        return (KnownAnswers(answers: answers), warnings)
    }
}
