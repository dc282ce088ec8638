import SegmentCore

/// `--name value` and `--name=value` options and bare flags.
struct Options {
    var values: [String: String] = [:]
    var flags: Set<String> = []
    var positional: [String] = []

    static func parse(_ arguments: ArraySlice<String>, allowed: Set<String>, flags allowedFlags: Set<String>,
                      positional allowsPositional: Bool = false) throws -> Options {
        var options = Options()
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let name = parts.first ?? argument
            if allowsPositional && (argument == "-" || !argument.hasPrefix("-")) {
                options.positional.append(argument)
            } else if allowedFlags.contains(argument) {
                options.flags.insert(argument)
            } else if allowed.contains(name) {
                guard let value = parts.count == 2 ? parts[1] : iterator.next() else {
                    throw UsageError(description: localized("segdesk: {1} needs a value", name))
                }
                options.values[name] = value
            } else {
                let known = (allowed.union(allowedFlags)).sorted().joined(separator: ", ")
                throw UsageError(description: localized("segdesk: unknown option \"{1}\"; expected one of {2}", argument, known))
            }
        }
        return options
    }

    func number(_ name: String, default fallback: Int, range: ClosedRange<Int>) throws -> Int {
        guard let text = values[name] else { return fallback }
        guard let value = Int(text), range.contains(value) else {
            throw UsageError(description: localized("segdesk: {1} expects a whole number from {2} to {3}, got \"{4}\"", name, range.lowerBound, range.upperBound, text))
        }
        return value
    }
}
