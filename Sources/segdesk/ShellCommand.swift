import SegmentCore

/// A command segdesk runs from the shell, declared in one type: the rows
/// that name and document it (in `--help`, the manual page and the bash
/// completion), how it reads its command line, and what it does. Adding a
/// command is one type listed in `CommandTable.commands`.
protocol ShellCommand {
    /// Its lines in the command table, each with the words that reach it.
    static var rows: [CommandRow] { get }
    /// Reads the command line one of its rows matched; a `UsageError` for
    /// what it does not understand, before anything is opened or written.
    init(_ request: CommandRequest) throws
    /// Does the work; the exit status.
    func run(_ environment: Environment) throws -> Int32
}

/// One line of the command table: the words that name a command (a word
/// may offer alternatives, `agreements|acceptances`), its options and
/// arguments, what it does, its `--help` page, and what its command line
/// may hold.
struct CommandRow: Sendable {
    let words: [String]
    let arguments: String
    /// What it does, in English; shown in the operator's language.
    let summary: String
    /// Its `--help` page, in the operator's language; nil for the lines of
    /// the bare `segdesk` and its options, which `--help` itself explains.
    let page: (@Sendable () -> String)?
    /// The options that take a value (`--db PATH`), the bare flags, and
    /// whether words without a dash (a FILE, ids) may follow.
    let values: Set<String>
    let flags: Set<String>
    let positional: Bool

    init(_ words: [String], _ arguments: String, _ summary: String, page: (@Sendable () -> String)? = nil,
         values: Set<String> = ["--db"], flags: Set<String> = [], positional: Bool = false) {
        self.words = words
        self.arguments = arguments
        self.summary = summary
        self.page = page
        self.values = values
        self.flags = flags.union(["--help"])
        self.positional = positional
    }

    /// Whether `typed` starts with this row's words, an alternative
    /// standing for the word it offers.
    func matches(_ typed: ArraySlice<String>) -> Bool {
        typed.count >= words.count && zip(words, typed).allSatisfy { word, given in
            word.split(separator: "|").contains { $0 == given }
        }
    }
}

/// A command line as a row reads it: the words that chose the row, as
/// typed, and its options.
struct CommandRequest {
    let words: [String]
    let options: Options

    /// The value of `name`, else nil.
    func value(_ name: String) -> String? { options.values[name] }

    /// Whether the flag was given.
    func has(_ flag: String) -> Bool { options.flags.contains(flag) }

    /// The database named with `--db`, if any.
    var db: String? { value("--db") }
}

/// A command line that does not say something segdesk understands.
struct UsageError: Error, Equatable, CustomStringConvertible {
    let description: String
}
