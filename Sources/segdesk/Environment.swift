import Foundation
import SegmentCore

/// Facts from the process environment, read once at start.
struct Environment {
    let variables = Self.processVariables()

    /// The process environment, name to value, read from `environ` itself:
    /// asking Foundation's `ProcessInfo` started it first, a millisecond
    /// before the first frame.
    private static func processVariables() -> [String: String] {
        var variables: [String: String] = [:]
        var entry = environ
        while let pointer = entry.pointee {
            let text = String(cString: pointer)
            if let equals = text.firstIndex(of: "=") {
                variables[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            entry += 1
        }
        return variables
    }

    /// --db, else $SEGDESK_DB, else the XDG data directory (created when missing).
    func databasePath(_ given: String?) throws -> String {
        if let given, !given.isEmpty { return given }
        if let fromEnvironment = variables["SEGDESK_DB"] {
            // Set but empty is a script's unset variable, not a wish for the default database.
            guard !fromEnvironment.isEmpty else {
                throw UsageError(description: localized("segdesk: SEGDESK_DB is set but empty; unset it, or name a database"))
            }
            return fromEnvironment
        }
        let home = variables["HOME"] ?? NSHomeDirectory()
        let data = variables["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "\(home)/.local/share"
        let directory = "\(data)/segdesk"
        // The segment's data is personal: its folder is its owner's alone.
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        return "\(directory)/segdesk.sqlite"
    }

    /// The configuration file's settings, read once at start; a warning on
    /// standard error per bad line.
    let configuration: Configuration

    init() {
        var configuration = Self.readConfiguration(variables)
        configuration.policy.knownAnswers = Self.readKnownAnswers(variables)
        self.configuration = configuration
    }

    /// The system's configuration, then the user's over it (which cannot
    /// change the roles); a warning on standard error per bad line.
    private static func readConfiguration(_ variables: [String: String]) -> Configuration {
        let home = variables["HOME"] ?? NSHomeDirectory()
        let directory = variables["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "\(home)/.config"
        var configuration = Configuration()
        for (path, system) in [(Configuration.systemPath, true), ("\(directory)/segdesk/config", false)] {
            guard let text = SmallFile.text(atPath: path) else { continue }
            // The warnings come before the file says its language: the environment's is used for them.
            let (read, warnings) = Language.$interface.withValue(Language.fromEnvironment(variables)) {
                Configuration.parse(text, file: path, onto: configuration, system: system)
            }
            warnings.forEach { FileHandle.standardError.write(Data((localized("segdesk: warning: {1}", $0) + "\n").utf8)) }
            configuration = read
        }
        return configuration
    }

    /// What the real user may do: the roles of the system's configuration
    /// against the groups the system says it is in.
    /// Without roles in the system's configuration there is nothing to ask
    /// the group database (which can be a directory server) at every start.
    var role: OperatorRole {
        let roles = configuration.roles
        guard roles.readers != nil || roles.admins != nil else { return .administrator }
        return roles.role(memberOf: OperatorRoles.groups(ofUser: getuid()), isRoot: getuid() == 0)
    }

    /// The rota `oncall.rota` names, read when an alert run needs it; a
    /// warning on standard error per bad line, overlap or gap. Nil without
    /// one, or when it cannot be read (said once: alerts then go to `oncall`).
    func rota() -> OnCallRota? {
        guard let path = configuration.alerts.rotaFile else { return nil }
        guard let text = SmallFile.text(atPath: path) else {
            complain(localized("segdesk: warning: {1}", localized("oncall.rota: cannot read {1}; alerts go to oncall, else alert.last", path)))
            return nil
        }
        let (rota, warnings) = OnCallRota.parse(text, file: path, zone: SegmentZone.current)
        warnings.forEach { complain(localized("segdesk: warning: {1}", $0)) }
        return rota
    }

    /// The coordinator's known answers from `$XDG_CONFIG_HOME/segdesk/known-answers`,
    /// else the standard ones.
    func knownAnswers() -> KnownAnswers { configuration.policy.knownAnswers }

    private static func readKnownAnswers(_ variables: [String: String]) -> KnownAnswers {
        let home = variables["HOME"] ?? NSHomeDirectory()
        let directory = variables["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "\(home)/.config"
        let path = "\(directory)/segdesk/known-answers"
        guard let text = SmallFile.text(atPath: path) else { return .standard }
        let (answers, warnings) = Language.$interface.withValue(Language.fromEnvironment(variables)) {
            KnownAnswers.parse(text, file: path)
        }
        warnings.forEach { FileHandle.standardError.write(Data((localized("segdesk: warning: {1}", $0) + "\n").utf8)) }
        return answers
    }

    /// The login of the person running segdesk, for the journal.
    /// Who the journal names: the real user's login name as the system
    /// knows it, not $USER or $LOGNAME, which any shell can set.
    var operatorLogin: String { OperatorIdentity.login(sudoUser: variables["SUDO_USER"]) }

    /// NO_COLOR set and not empty (no-color.org), or a terminal known to have none.
    var noColor: Bool {
        if let value = variables["NO_COLOR"], !value.isEmpty { return true }
        return false
    }

    /// How long Esc waits for a following key: $ESCDELAY in ms (ncurses' own
    /// variable), else 50 ms instead of ncurses' sluggish default of 1,000.
    var escapeDelay: Int32 {
        variables["ESCDELAY"].flatMap { Int32($0) }.map { min(max($0, 0), 2_000) } ?? 50
    }

    var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }

    /// The operator's language: `language` in the configuration, else the
    /// environment's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
    var language: Language { configuration.language ?? Language.fromEnvironment(variables) }
}

extension Environment {
    /// True when plots may use Unicode block characters: the locale is
    /// UTF-8 and the terminal is not a plain vt100 or dumb one.
    var prefersUnicode: Bool {
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].compactMap { variables[$0] }.first { !$0.isEmpty } ?? ""
        let term = variables["TERM"] ?? ""
        let utf8 = locale.lowercased().contains("utf-8") || locale.lowercased().contains("utf8")
        return utf8 && !["vt100", "vt102", "vt220", "dumb"].contains(term)
    }
}
