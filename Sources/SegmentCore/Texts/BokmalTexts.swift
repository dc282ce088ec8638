/// Every text segdesk says, in Norwegian bokmål, keyed by its English: the
/// tables of each part of the program joined into one. A test fails when a
/// text segdesk uses is missing here, or when two parts give one text twice.
enum BokmalTexts {
    static let parts: [[String: String]] = [screen, keys, commands, records, forms, messages, usage, statusLine, tools, errors, providers, alerts, knowledge]

    static let table: [String: String] = parts.reduce(into: [:]) { table, part in
        table.merge(part) { first, _ in first }
    }
}
