import Foundation

/// The operator's settings from `/etc/segdesk/config` (the team's, with its
/// roles), then `$XDG_CONFIG_HOME/segdesk/config` over it: lines of
/// `key = value`, `#` comments. Unknown keys and bad lines are warnings that
/// name the line, never a crash.
public struct Configuration: Equatable, Sendable {
    /// Where `segdesk outbox deliver` sends: `sendmail`, `sendmail:PATH` or `maildir:DIR`.
    public var transport: String?
    /// The From address of every message segdesk sends.
    public var from: String?
    /// Seconds a transport may take for one message before it is stopped.
    public var transportTimeout: Int64 = 120
    /// SLA targets, the grouping rule and provider addresses.
    public var policy = CoordinationPolicy()
    /// The smallest terminal (columns, rows) that gets the four-pane overview.
    public var overviewColumns = 160
    public var overviewRows = 45
    /// The operator's language when set; else the environment decides.
    public var language: Language?
    /// The segment's time zone, e.g. Europe/Oslo (the default).
    public var zone = SegmentZone.defaultName
    /// Where `segdesk seal` appends the journal's head: a file the
    /// database's writers cannot rewrite (append-only, another owner).
    public var sealFile: String?
    /// The archive address `segdesk seal` mails the journal's head to.
    public var sealMail: String?
    /// Who is on call and what wakes them.
    public var alerts = AlertPolicy()
    /// The team's roles, set by the system's configuration alone.
    public var roles = OperatorRoles()

    /// The system's configuration: the team's defaults and its roles,
    /// read before the user's own, which cannot change the roles.
    public static let systemPath = "/etc/segdesk/config"

    public static let knownKeys = ["transport", "transport.timeout", "from", "response.P1..P5", "resolution.P1..P5", "provider_response.P1..P5", "provider_resolution.P1..P5", "grouping.consumers",
                                   "grouping.window", "remind.days", "remind.min_gap", "needs.weights", "checklist.STAGE", "freeze.NAME", "overview", "provider", "provider.KEY", "language",
                                   "seal.file", "seal.mail", "zone"] + alertKeys + ["readers", "admins"]

    public init(transport: String? = nil, from: String? = nil) {
        self.transport = transport
        self.from = from
    }

    /// Reads the file's text over `base` (the system's settings, for a
    /// user's file); `file` names it in warnings. Only the `system` file
    /// sets roles.
    public static func parse(_ text: String, file: String, onto base: Configuration = Configuration(),
                             system: Bool = false) -> (Configuration, warnings: [String]) {
        var configuration = base
        var warnings: [String] = []
        for line in KeyValueLines.read(text, comments: .anywhere) {
            switch line {
            case .malformed(let number):
                warnings.append("\(file):\(number): " + localized("expected `key = value`"))
            case let .pair(number, key, value):
                let problem = ["readers", "admins"].contains(key.lowercased())
                    ? configuration.setRole(key.lowercased(), value, system: system) : configuration.set(key, value)
                if let problem { warnings.append("\(file):\(number): \(problem)") }
            }
        }
        return (configuration, warnings)
    }

    /// Applies one setting; returns what is wrong with it, if anything.
    private mutating func set(_ key: String, _ value: String) -> String? {
        let lowered = key.lowercased()
        switch lowered {
        case "transport": transport = value
        case "from":
            from = value
            if let sender = MailSender(value) { policy.senderDomain = MailAddress.domain(of: sender.address).lowercased() }
        case "language":
            guard let chosen = Language(code: value) else {
                return localized("language expects nb (bokmål) or en (English), got \"{1}\"; the environment's language is kept", value)
            }
            language = chosen
        case "transport.timeout":
            guard let seconds = Self.duration(value), (1...86_400).contains(seconds) else {
                return localized("transport.timeout expects a duration such as 90s or 2m, got \"{1}\"; the default 120s is kept", value)
            }
            transportTimeout = seconds
        case "grouping.consumers":
            guard let count = Int(value), (2...1_000).contains(count) else {
                return localized("grouping.consumers expects a whole number from 2 to 1000, got \"{1}\"; the default 3 is kept", value)
            }
            policy.grouping.minimumConsumers = count
        case "grouping.window":
            guard let seconds = Self.duration(value), seconds >= 60 else {
                return localized("grouping.window expects a duration such as 60m or 2h, got \"{1}\"; the default 60m is kept", value)
            }
            policy.grouping.window = seconds
        case "remind.days":
            let days = value.split(whereSeparator: { $0 == "," || $0 == " " }).map { Int($0) }
            guard !days.isEmpty, days.allSatisfy({ $0 != nil && (1...365).contains($0!) }) else {
                return localized("remind.days expects days before a deadline such as 14, 7, 2, got \"{1}\"; the default 14, 7, 2 is kept", value)
            }
            policy.reminderDays = Array(Set(days.compactMap { $0 })).sorted(by: >)
        case "remind.min_gap":
            guard let seconds = Self.duration(value), seconds > 0 else {
                return localized("remind.min_gap expects a duration such as 1d or 12h, got \"{1}\"; the default 1d is kept", value)
            }
            policy.reminderMinimumGap = seconds
        case "overview":
            let parts = value.lowercased().split(separator: "x").compactMap { Int(trimmedSpaces(String($0))) }
            guard parts.count == 2, (60...1_000).contains(parts[0]), (16...1_000).contains(parts[1]) else {
                return localized("overview expects COLUMNSxROWS such as 160x45, got \"{1}\"; the default 160x45 is kept", value)
            }
            (overviewColumns, overviewRows) = (parts[0], parts[1])
        case "needs.weights":
            let weights = value.split(whereSeparator: { $0 == "," || $0 == " " }).map { Int($0) }
            guard weights.count == 3, weights.allSatisfy({ $0 != nil && (0...100).contains($0!) }) else {
                return localized("needs.weights expects three weights for must have, important and nice to have, such as 3, 2, 1, got \"{1}\"; the default 3, 2, 1 is kept", value)
            }
            policy.needWeights = weights.compactMap { $0 }
        case "zone":
            guard SegmentZone.isKnown(value) else {
                return localized("zone expects a time zone such as Europe/Oslo, got \"{1}\"; Europe/Oslo is kept", value)
            }
            zone = value
        case "seal.file":
            guard value.hasPrefix("/") else { return localized("seal.file expects an absolute path, got \"{1}\"", value) }
            sealFile = value
        case "seal.mail":
            guard MailAddress.isPlausible(value) else { return localized("seal.mail expects one mail address, got \"{1}\"", value) }
            sealMail = value
        case "provider":
            guard MailAddress.isPlausible(value) else { return localized("provider expects one mail address, got \"{1}\"", value) }
            policy.providerAddresses["*"] = value
        default:
            return setFamily(key, lowered, value)
        }
        return nil
    }

    /// Sets `readers` or `admins` from the system's file; from a user's, it
    /// is refused, so that no one chooses their own role.
    private mutating func setRole(_ key: String, _ value: String, system: Bool) -> String? {
        guard system else {
            return localized("{1} is read from {2} alone, so that no one sets their own role; ignored here", key, Self.systemPath)
        }
        guard !value.isEmpty, !value.contains(where: \.isWhitespace), getgrnam(value) != nil else {
            return localized("{1} expects the name of a group this system knows, got \"{2}\"", key, value)
        }
        if key == "readers" { roles.readers = value } else { roles.admins = value }
        return nil
    }

    /// Seconds in `90s`, `30m`, `4h` or `3d`.
    public static func duration(_ text: String) -> Int64? {
        guard let unit = text.last, let amount = Int64(text.dropLast()), amount >= 0, amount < 1_000_000 else { return nil }
        switch unit {
        case "s": return amount
        case "m": return amount * 60
        case "h": return amount * 3600
        case "d": return amount * 86_400
        default: return nil
        }
    }
}
