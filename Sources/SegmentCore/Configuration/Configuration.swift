/// The operator's settings from `$XDG_CONFIG_HOME/segdesk/config`: lines of
/// `key = value`, `#` comments. Unknown keys and bad lines are warnings that
/// name the line, never a crash.
public struct Configuration: Equatable, Sendable {
    /// Where `segdesk outbox deliver` sends: `sendmail`, `sendmail:PATH` or `maildir:DIR`.
    public var transport: String?
    /// The From address of every message segdesk sends.
    public var from: String?

    public static let knownKeys = ["transport", "from"]

    public init(transport: String? = nil, from: String? = nil) {
        self.transport = transport
        self.from = from
    }

    /// Reads the file's text; `file` names it in warnings.
    public static func parse(_ text: String, file: String) -> (Configuration, warnings: [String]) {
        var configuration = Configuration()
        var warnings: [String] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let trimmed = trimmedSpaces(String(line))
            guard !trimmed.isEmpty else { continue }
            let parts = trimmed.split(separator: "=", maxSplits: 1).map { trimmedSpaces(String($0)) }
            guard parts.count == 2, !parts[0].isEmpty else {
                warnings.append("\(file):\(index + 1): expected `key = value`")
                continue
            }
            switch parts[0] {
            case "transport": configuration.transport = parts[1]
            case "from": configuration.from = parts[1]
            default:
                warnings.append("\(file):\(index + 1): unknown key \"\(parts[0])\" ignored; known keys: \(knownKeys.joined(separator: ", "))")
            }
        }
        return (configuration, warnings)
    }
}
