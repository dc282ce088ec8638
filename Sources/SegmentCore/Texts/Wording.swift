/// A sentence of the text table with what fills its places, put into words
/// only when read: a refusal, a question or a status line travels as a
/// value that tests compare whatever the language, and is worded in the
/// reader's language where it is shown.
public struct Wording: Equatable, Sendable, CustomStringConvertible {
    /// The English text, the table's key, with `{1}`...`{9}` places.
    public let text: String
    public let arguments: [String]

    public init(_ text: String, _ arguments: CustomStringConvertible...) {
        self.text = text
        self.arguments = arguments.map(\.description)
    }

    private init(text: String, arguments: [String]) {
        self.text = text
        self.arguments = arguments
    }

    /// Words made elsewhere (a system error, a text already worded), shown as they are.
    public static func verbatim(_ words: String) -> Wording {
        Wording(text: "{1}", arguments: [words])
    }

    public func words(in language: Language) -> String {
        language.text(text, filling: arguments)
    }

    /// The words in the operator's language.
    public var description: String { words(in: .interface) }
}
