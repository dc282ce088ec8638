import CNcursesw
import CTerminalGuard
import Foundation
import SegmentCore

/// What reading the keyboard produced.
public enum TerminalInput: Equatable {
    case key(Key)
    case resized
    case nothing
    /// The terminal is gone (an SSH link dropped): stop at once.
    case hangUp
}

/// How many colours the terminal and the operator allow.
public enum ColorDepth: Equatable, Sendable {
    case none, eight, full
}

/// The one place that talks to ncurses: starts and restores the terminal,
/// reads keys, and copies a `Screen` into curses' virtual screen so that one
/// doupdate sends only what changed.
public final class TerminalBackend {
    public private(set) var colorDepth: ColorDepth = .none
    private var theme = Theme.fallback
    private var pairs: [Role: (attributes: attr_t, pair: Int16)] = [:]
    private var active = false
    private var earlyFailures = 0
    /// What curses' virtual screen holds since the last draw, so that rows
    /// that did not change are not copied again; nil after a resize.
    private var drawn: Screen?

    /// Why the terminal could not be started.
    public struct StartError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Sets a UTF-8 locale and starts curses; `escapeDelay` is how long (ms)
    /// Esc waits for a following key.
    public init(noColor: Bool, escapeDelay: Int32 = 50) throws {
        _ = segdesk_setup_utf8_locale()
        segdesk_guard_save_terminal()
        guard segdesk_start_terminal() != 0 else {
            let name = UntrustedText.line(ProcessInfo.processInfo.environment["TERM"] ?? "(unset)")
            throw StartError(description: localized("cannot use terminal type \"{1}\": it is unknown here or cannot move the cursor; set TERM to one your system knows, e.g. TERM=xterm-256color, or see the counts as text with segdesk status", name))
        }
        active = true
        segdesk_guard_remember_exit_sequence(segdesk_exit_alternate_screen_sequence())
        segdesk_guard_install_signal_handlers()
        cbreak()
        noecho()
        nonl()
        keypad(segdesk_stdscr(), true)
        set_escdelay(escapeDelay)
        curs_set(0)
        if !noColor && has_colors() {
            start_color()
            use_default_colors()
            colorDepth = segdesk_colors() >= 256 ? .full : .eight
        }
    }

    deinit { end() }

    /// Restores the terminal; safe to call more than once.
    public func end() {
        guard active else { return }
        active = false
        endwin()
    }

    public var size: (width: Int, height: Int) { (Int(segdesk_cols()), Int(segdesk_lines())) }

    /// The signal (SIGINT, SIGTERM, SIGQUIT, SIGHUP) that asked to end, or nil.
    public func pendingSignal() -> Int32? {
        let signal = segdesk_guard_take_pending_signal()
        return signal == 0 ? nil : signal
    }

    /// Waits up to `timeout` ms for a key. A terminal that is gone makes
    /// get_wch fail at once instead of waiting; a few such early failures in a
    /// row, or a hang-up on the descriptor, end the session instead of spinning.
    public func read(timeout: Int32) -> TerminalInput {
        wtimeout(segdesk_stdscr(), timeout)
        var character: UInt32 = 0
        let started = DispatchTime.now().uptimeNanoseconds
        let result = segdesk_get_wch(&character)
        if result == ERR {
            let waited = (DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
            earlyFailures = waited < UInt64(timeout / 2) ? earlyFailures + 1 : 0
            return segdesk_input_is_gone() != 0 || earlyFailures >= 3 ? .hangUp : .nothing
        }
        earlyFailures = 0
        if result == KEY_CODE_YES {
            if Int32(character) == segdesk_key_resize() { return .resized }
            return Self.functionKey(Int32(character)).map(TerminalInput.key) ?? .nothing
        }
        return Self.characterKey(character).map(TerminalInput.key) ?? .nothing
    }

    private static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_DOWN: .down
        case KEY_UP: .up
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_NPAGE: .pageDown
        case KEY_PPAGE: .pageUp
        case KEY_HOME: .home
        case KEY_END: .end
        case KEY_ENTER: .enter
        case KEY_BACKSPACE: .backspace
        case KEY_DC: .delete
        case KEY_BTAB: .backTab
        default: nil
        }
    }

    private static func characterKey(_ value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(value + 96)!))
        case 0..<32: return nil
        default:
            guard let scalar = Unicode.Scalar(value), !(0x7F...0x9F).contains(value) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// Uses a theme from now on; colours are set up for the terminal's depth.
    public func apply(_ theme: Theme) {
        self.theme = theme
        pairs = [:]
        for (index, role) in Role.allCases.enumerated() {
            let style = theme.style(role)
            var attributes = segdesk_attr_normal()
            if style.attributes.contains(.bold) { attributes |= segdesk_attr_bold() }
            if style.attributes.contains(.underline) { attributes |= segdesk_attr_underline() }
            if style.attributes.contains(.reverse) { attributes |= segdesk_attr_reverse() }
            if style.attributes.contains(.dim) { attributes |= segdesk_attr_dim() }
            var pair: Int16 = 0
            if colorDepth != .none && index + 1 < Int(segdesk_color_pairs()) {
                pair = Int16(index + 1)
                init_pair(pair, color(style.foreground), color(style.background))
            }
            pairs[role] = (attributes, pair)
        }
    }

    private func color(_ color: ThemeColor) -> Int16 {
        let resolved = colorDepth == .full ? color : color.basic
        guard case .index(let number) = resolved else { return -1 }
        return Int16(number)
    }

    /// Copies the rows that changed since the last draw into curses and sends
    /// the difference to the terminal.
    public func draw(_ screen: Screen) {
        let (width, height) = size
        let previous = drawn.flatMap { $0.width == width && $0.height == height ? $0 : nil }
        if previous == nil { werase(segdesk_stdscr()) }
        drawn = screen.width == width && screen.height == height ? screen : nil
        // Cells come in runs of one role: look its colours up once per run.
        var runRole: Role?
        var look = (attributes: segdesk_attr_normal(), pair: Int16(0))
        for y in 0..<min(height, screen.height) {
            if let previous, screen.rowEquals(y, in: previous) { continue }
            for x in 0..<min(width, screen.width) {
                let cell = screen[x, y]
                if cell.isContinuation { continue }
                if cell.role != runRole {
                    runRole = cell.role
                    look = pairs[cell.role] ?? (segdesk_attr_normal(), 0)
                }
                // The bottom-right cell is left alone: writing it scrolls some terminals.
                if y == height - 1 && x == width - 1 { continue }
                segdesk_put_cell(Int32(y), Int32(x), wchar_t(cell.scalar.value), look.attributes, look.pair)
            }
        }
        wnoutrefresh(segdesk_stdscr())
        doupdate()
    }

    /// Makes the next draw copy and repaint every cell (Ctrl-L, or after a
    /// theme change, when rows that did not change take new colours).
    public func invalidate() {
        drawn = nil
        clearok(segdesk_stdscr(), true)
    }
}
