/// One row of the keymap: the keys, what they do, the `:` name, the help text,
/// the views and panes it applies to, and whether the footer shows it.
public struct Binding: Sendable {
    public let keys: [Key]
    public let command: Command
    public let name: String
    public let help: String
    public let modes: Set<Mode>
    public let inFooter: Bool
    /// The panes whose rows or records it acts on; nil for every pane.
    public let panes: Set<PaneKind>?

    init(keys: [Key], command: Command, name: String, help: String, modes: Set<Mode>, inFooter: Bool,
         panes: Set<PaneKind>? = nil) {
        self.keys = keys
        self.command = command
        self.name = name
        self.help = help
        self.modes = modes
        self.inFooter = inFooter
        self.panes = panes
    }

    /// A key of a pane's own, named as its `:` command.
    static func paneKey(_ key: PaneKey, keys: [Key], help: String, modes: Set<Mode>, inFooter: Bool,
                        panes: Set<PaneKind>?) -> Binding {
        Binding(keys: keys, command: .paneKey(key), name: key.name, help: help, modes: modes, inFooter: inFooter, panes: panes)
    }

    /// True in `mode` on `pane` (the focused pane, or the open record's).
    public func applies(in mode: Mode, on pane: PaneKind) -> Bool {
        modes.contains(mode) && (panes?.contains(pane) ?? true)
    }
}

/// The one table of keys. The `?` screen, the footer hints, `:` command names
/// and key dispatch all read it, so they cannot drift apart.
public enum Keymap {
    /// Every binding: the pane keys, moving and views, each pane's own (from
    /// its descriptor), then what acts on the segment and the box's answers.
    public static let bindings: [Binding] = navigation + paneKeys + common + PaneKind.allCases.flatMap(\.descriptor.bindings) + actions

    private static let navigation: [Binding] = [
        Binding(keys: [.tab], command: .nextPane, name: "next-pane", help: "next pane",
                modes: [.dashboard], inFooter: true),
        Binding(keys: [.backTab], command: .previousPane, name: "previous-pane", help: "previous pane",
                modes: [.dashboard], inFooter: false),
    ]

    /// 1-5 focus the panes, numbered as PaneKind numbers them.
    private static let paneKeys: [Binding] = PaneKind.allCases.map { kind in
        Binding(keys: [.character(Character(String(kind.rawValue)))], command: .focusPane(kind), name: kind.descriptor.commandName,
                help: kind.descriptor.focusHelp, modes: [.dashboard], inFooter: false)
    }

    private static let common: [Binding] = [
        Binding(keys: [.character("j"), .down], command: .moveDown, name: "down", help: "move down",
                modes: [.dashboard, .detail, .help, .confirm], inFooter: false),
        Binding(keys: [.character("k"), .up], command: .moveUp, name: "up", help: "move up",
                modes: [.dashboard, .detail, .help, .confirm], inFooter: false),
        Binding(keys: [.pageDown, .control("f")], command: .pageDown, name: "page-down", help: "page down",
                modes: [.dashboard, .detail, .help, .confirm], inFooter: false),
        Binding(keys: [.pageUp, .control("b")], command: .pageUp, name: "page-up", help: "page up",
                modes: [.dashboard, .detail, .help, .confirm], inFooter: false),
        Binding(keys: [.character("g"), .home], command: .moveToTop, name: "top", help: "go to the first row",
                modes: [.dashboard, .detail, .help, .confirm], inFooter: false),
        Binding(keys: [.character("G"), .end], command: .moveToBottom, name: "bottom", help: "go to the last row",
                modes: [.dashboard, .detail, .help, .confirm], inFooter: false),
        Binding(keys: [.enter, .right], command: .open, name: "open", help: "open the selected record",
                modes: [.dashboard], inFooter: true),
        Binding(keys: [.escape, .character("q"), .left], command: .back, name: "back", help: "close this view",
                modes: [.detail, .help], inFooter: true),
        Binding(keys: [.character("q")], command: .quit, name: "quit", help: "quit segdesk",
                modes: [.dashboard], inFooter: true),
        Binding(keys: [.character("/")], command: .startFilter, name: "filter",
                help: "filter the pane as you type (Esc clears, Enter keeps)", modes: [.dashboard], inFooter: true),
        Binding(keys: [.escape], command: .clearFilter, name: "clear-filter", help: "clear the filter",
                modes: [.dashboard], inFooter: false),
        Binding(keys: [.character(":")], command: .startCommandLine, name: "command",
                help: "command line, e.g. :theme mono, :assign me", modes: [.dashboard, .detail], inFooter: false),
        Binding(keys: [.character("?")], command: .showHelp, name: "help", help: "help: every key of this view",
                modes: [.dashboard, .detail], inFooter: true),
    ]

    private static let actions: [Binding] = [
        Binding(keys: [.character("D")], command: .showDigest, name: "digest",
                help: "the provider's digest of the last 7 days: open cases, top needs, changes not ready",
                modes: [.dashboard, .detail], inFooter: false),
        Binding(keys: [.character("R")], command: .showStatistics, name: "report",
                help: "statistics of the last 30 days: reports per day per service, top consumers, time to the provider, SLA",
                modes: [.dashboard, .detail], inFooter: false),
        Binding(keys: [.character("!")], command: .showAlerts, name: "alerts",
                help: "the open alerts to the person on call: a acknowledges one, Enter opens its record", modes: [.dashboard, .detail], inFooter: false),
        Binding(keys: [.character("a")], command: .acknowledgeAlert, name: "acknowledge",
                help: "in the alerts: acknowledge the selected alert, so it goes no further up the ladder", modes: [.help], inFooter: false),
        Binding(keys: [.character("o")], command: .showOutbox, name: "outbox",
                help: "the outbox: messages that failed, wait or were sent last", modes: [.dashboard, .detail], inFooter: false),
        Binding(keys: [.character("M")], command: .showMessages, name: "messages",
                help: "the messages of this record: a consumer's both ways, or those sent about an incident or case; Enter shows one whole",
                modes: [.detail], inFooter: false, panes: [.incidents, .cases, .consumers]),
        Binding(keys: [.enter], command: .openMessage, name: "open-message",
                help: "in a list of messages: show the selected one whole", modes: [.help], inFooter: false),
        Binding(keys: [.character("r")], command: .retryFailed, name: "retry",
                help: "in the outbox: send the failed messages at the next deliver, not after their wait", modes: [.help], inFooter: false),
        Binding(keys: [.character("u")], command: .undo, name: "undo", help: "undo your last change",
                modes: [.dashboard, .detail], inFooter: false),
        Binding(keys: [.character("y")], command: .confirm, name: "yes", help: "yes: do what the box says",
                modes: [.confirm], inFooter: true),
        Binding(keys: [.character("n"), .escape, .enter, .character("q")], command: .cancel, name: "cancel",
                help: "cancel (the default)", modes: [.confirm], inFooter: true),
        Binding(keys: [.character("p")], command: .keepPersonalData, name: "keep-numbers",
                help: "keep the national identity numbers the box masked: show the message with them, and ask again",
                modes: [.confirm], inFooter: false),
        Binding(keys: [.control("l")], command: .redraw, name: "redraw", help: "redraw the screen",
                modes: [.dashboard, .detail, .help, .confirm], inFooter: false),
    ]

    /// The command a key triggers in a mode on a pane, if any.
    public static func command(for key: Key, in mode: Mode, on pane: PaneKind) -> Command? {
        bindings.first { $0.applies(in: mode, on: pane) && $0.keys.contains(key) }?.command
    }

    /// The binding a key has in a mode on some pane, for saying where it works.
    public static func binding(for key: Key, in mode: Mode) -> Binding? {
        bindings.first { $0.modes.contains(mode) && $0.keys.contains(key) }
    }

    /// The binding with a `:` name.
    public static func binding(named name: String) -> Binding? {
        bindings.first { $0.name == name }
    }

    /// The bindings that apply in a mode on a pane, in table order.
    public static func bindings(for mode: Mode, on pane: PaneKind) -> [Binding] {
        bindings.filter { $0.applies(in: mode, on: pane) }
    }
}
