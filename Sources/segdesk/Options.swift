import SegmentCore

/// `--name value` and `--name=value` options and bare flags. Each may be
/// given once, a value may not be empty (an empty `--db` must not mean the
/// default database), and `--` ends the options as in every Unix tool.
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
            if argument == "--" {
                let rest = Array(IteratorSequence(iterator))
                guard allowsPositional || rest.isEmpty else {
                    throw UsageError(description: localized("segdesk: \"{1}\" was not expected here", rest[0]))
                }
                options.positional += rest
                break
            } else if allowsPositional && (argument == "-" || !argument.hasPrefix("-")) {
                options.positional.append(argument)
            } else if allowedFlags.contains(argument) {
                guard !options.flags.contains(argument) else { throw UsageError(description: localized("segdesk: {1} is given twice", argument)) }
                options.flags.insert(argument)
            } else if allowed.contains(name) {
                guard let value = parts.count == 2 ? parts[1] : iterator.next() else {
                    throw UsageError(description: localized("segdesk: {1} needs a value", name))
                }
                guard !value.isEmpty else { throw UsageError(description: localized("segdesk: {1} needs a value, not an empty one", name)) }
                guard options.values[name] == nil else { throw UsageError(description: localized("segdesk: {1} is given twice", name)) }
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
