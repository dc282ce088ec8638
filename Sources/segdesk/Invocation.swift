import Foundation

/// What the command line asked for.
enum Invocation: Equatable {
    case dashboard(db: String?, theme: String?, demo: Bool)
    case demo(db: String, consumers: Int, incidents: Int, seed: UInt64)
    case help(String)
    case version
}

/// A command line that does not say something segdesk understands.
struct UsageError: Error, CustomStringConvertible {
    let description: String
}

enum Usage {
    static let main = """
        segdesk: the terminal desk of a data-sharing segment coordinator

        usage:
          segdesk [--db PATH] [--theme NAME]      the dashboard
          segdesk --demo [--db PATH] [--theme NAME]
                                                  the dashboard on a fresh demo database
          segdesk demo --db PATH [--consumers N] [--incidents N] [--seed N]
                                                  write a deterministic demo database and exit
          segdesk --help | COMMAND --help | --version

        The database is --db, else $SEGDESK_DB, else $XDG_DATA_HOME/segdesk/segdesk.sqlite
        (~/.local/share/segdesk/segdesk.sqlite). Themes: default, light, high-contrast, mono;
        NO_COLOR set means no colour. Inside the dashboard, ? lists every key.
        """

    static let demo = """
        usage: segdesk demo --db PATH [--consumers N] [--incidents N] [--seed N]

        Writes a realistic, deterministic demo segment into a new or empty database:
        the Tax Administration's services, N consumers (default 130), N incidents over
        the last 90 days (default 2500) with bursts grouped into provider cases,
        change notices, needs and journal history. The same seed gives the same data.
        """
}

extension Invocation {
    static func parse(_ arguments: [String]) throws -> Invocation {
        var rest = arguments[...]
        if rest.first == "demo" {
            rest = rest.dropFirst()
            var options = try Options.parse(rest, allowed: ["--db", "--consumers", "--incidents", "--seed"], flags: ["--help"])
            if options.flags.contains("--help") { return .help(Usage.demo) }
            guard let db = options.values.removeValue(forKey: "--db") else {
                throw UsageError(description: "segdesk demo: --db PATH is required (where to write the demo database)")
            }
            return .demo(db: db, consumers: try options.number("--consumers", default: 130, range: 3...100_000),
                         incidents: try options.number("--incidents", default: 2_500, range: 1...50_000_000),
                         seed: UInt64(try options.number("--seed", default: 1, range: 0...Int.max)))
        }
        if let first = rest.first, !first.hasPrefix("-") {
            throw UsageError(description: "segdesk: unknown command \"\(first)\"; segdesk --help lists the commands")
        }
        let options = try Options.parse(rest, allowed: ["--db", "--theme"], flags: ["--help", "--version", "--demo", "-h"])
        if options.flags.contains("--help") || options.flags.contains("-h") { return .help(Usage.main) }
        if options.flags.contains("--version") { return .version }
        return .dashboard(db: options.values["--db"], theme: options.values["--theme"], demo: options.flags.contains("--demo"))
    }
}

/// `--name value` and `--name=value` options and bare flags.
struct Options {
    var values: [String: String] = [:]
    var flags: Set<String> = []

    static func parse(_ arguments: ArraySlice<String>, allowed: Set<String>, flags allowedFlags: Set<String>) throws -> Options {
        var options = Options()
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
            let name = parts[0]
            if allowedFlags.contains(argument) {
                options.flags.insert(argument)
            } else if allowed.contains(name) {
                guard let value = parts.count == 2 ? parts[1] : iterator.next() else {
                    throw UsageError(description: "segdesk: \(name) needs a value")
                }
                options.values[name] = value
            } else {
                let known = (allowed.union(allowedFlags)).sorted().joined(separator: ", ")
                throw UsageError(description: "segdesk: unknown option \"\(argument)\"; expected one of \(known)")
            }
        }
        return options
    }

    func number(_ name: String, default fallback: Int, range: ClosedRange<Int>) throws -> Int {
        guard let text = values[name] else { return fallback }
        guard let value = Int(text), range.contains(value) else {
            throw UsageError(description: "segdesk: \(name) expects a whole number from \(range.lowerBound) to \(range.upperBound), got \"\(text)\"")
        }
        return value
    }
}
