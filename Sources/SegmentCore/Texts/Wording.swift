/// A sentence of the text table with what fills its places, put into words
/// only when read: a refusal, a question or a status line travels as a
/// value that tests compare whatever the language, and is worded in the
/// reader's language where it is shown. A place may hold another wording
/// (a label, a usage line), worded in the same language.
public struct Wording: Equatable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// What fills a place: words as they are, a count written as the
    /// language writes numbers, or another wording.
    public indirect enum Argument: Equatable, Sendable {
        case verbatim(String)
        case number(Int)
        case wording(Wording)
        /// Another wording in small letters, as a name inside a sentence:
        /// "the incidents pane", "panelet feilmeldinger".
        case lowercased(Wording)
    }

    /// The English text, the table's key, with `{1}`...`{9}` places.
    public let text: String
    public let arguments: [Argument]

    /// `text` with its places filled; a `Wording` among `arguments` stays
    /// one, anything else is kept as its description.
    public init(_ text: String, _ arguments: CustomStringConvertible...) {
        self.text = text
        self.arguments = arguments.map { ($0 as? Wording).map(Argument.wording) ?? .verbatim($0.description) }
    }

    /// A text of the table with no places: `usage("theme NAME", ...)`.
    public init(stringLiteral text: String) {
        self.init(text: text, arguments: [])
    }

    private init(text: String, arguments: [Argument]) {
        self.text = text
        self.arguments = arguments
    }

    /// Words made elsewhere (a system error, a text already worded), shown as they are.
    public static func verbatim(_ words: String) -> Wording {
        Wording(text: "{1}", arguments: [.verbatim(words)])
    }

    /// `wording` in small letters, in whatever language it is read.
    public static func lowercased(_ wording: Wording) -> Wording {
        Wording(text: "{1}", arguments: [.lowercased(wording)])
    }

    /// One of two texts by count, the count in place `{1}`: "1 incident", "3 incidents".
    public static func counted(_ count: Int, _ one: String, _ other: String) -> Wording {
        Wording(text: count == 1 ? one : other, arguments: [.number(count)])
    }

    public func words(in language: Language) -> String {
        language.text(text, filling: arguments.map {
            switch $0 {
            case .verbatim(let words): words
            case .number(let count): language.number(count)
            case .wording(let wording): wording.words(in: language)
            case .lowercased(let wording): wording.words(in: language).lowercased()
            }
        })
    }

    /// The words in the operator's language.
    public var description: String { words(in: .interface) }
}
