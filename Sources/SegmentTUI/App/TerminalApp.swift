import Foundation
import SegmentCore

/// The dashboard's loop: keys in, reducer, effects against the store, the
/// view drawn into a `Screen`, the backend sending the difference. Polls the
/// database once a second for other operators' changes.
public final class TerminalApp {
    private let store: Store
    private let themes: ThemeLibrary
    private let backend: TerminalBackend
    private var loop: ProgramLoop
    private var quitting = false
    /// The record to open over the first screen, if one was named.
    private let opening: RecordReference?
    private var lastDrawn: AppState?

    /// How long (ms) no key must come before the selected record is read
    /// ahead: longer than a held key's repeat, shorter than a person's pause
    /// before Enter.
    static let pauseBeforeReadingRecord: Int32 = 25

    /// How the session ended.
    public enum Ending: Equatable {
        case quit
        case signal(Int32)
        case hangUp
    }

    /// `escapeDelay` is how long (ms) Esc waits for the rest of a key sequence.
    public init(store: Store, themes: ThemeLibrary, themeName: String, noColor: Bool, escapeDelay: Int32 = 50,
                knownAnswers: KnownAnswers = .standard, timeZone: DisplayZone = SegmentZone.current,
                overviewSize: OverviewSize = .standard, opening: RecordReference? = nil) throws {
        self.store = store
        self.opening = opening
        self.themes = themes
        let theme = try themes.theme(named: themeName)
        backend = try TerminalBackend(noColor: noColor, escapeDelay: escapeDelay)
        let size = backend.size
        var state = AppState(width: size.width, height: size.height, themeName: themeName,
                             operatorLogin: store.operatorLogin, now: store.now(), timeZone: timeZone,
                             knownAnswers: knownAnswers)
        state.overviewSize = overviewSize
        state.plotsInUnicode = !["vt100", "vt102", "vt220", "dumb"].contains(getenv("TERM").map { String(cString: $0) } ?? "")
        loop = ProgramLoop(state: state, runner: EffectRunner(store: store, themes: themes))
        apply(theme)
    }

    /// Runs until the operator quits, a signal arrives or the terminal goes away;
    /// the terminal is restored in every case.
    public func run() -> Ending {
        defer { backend.end() }
        carryOut(loop.start(opening: opening))
        draw()
        var lastPoll = Date()
        var seenVersion = (try? store.dataVersion()) ?? 0
        var readingAhead = true
        while !quitting {
            if let signal = backend.pendingSignal() { return .signal(signal) }
            // With a pane off screen out of date, look for a key without
            // waiting, and read that pane when none has come. The selected
            // record is read after a pause, so that it never holds up the
            // next key of a held j.
            let idleWork = readingAhead ? loop.state.idleWork : nil
            var idle = false
            let wait: Int32 = switch idleWork {
            case nil: 250
            case .readRecordAhead?: Self.pauseBeforeReadingRecord
            default: 0
            }
            switch backend.read(timeout: wait) {
            case .key(let key):
                dispatch(.keyPressed(key))
                readingAhead = true
            case .resized:
                let size = backend.size
                dispatch(.resized(width: size.width, height: size.height))
            case .hangUp: return .hangUp
            case .nothing:
                idle = true
                if idleWork != nil { readingAhead = loop.readAhead() }
            }
            // The clock and other operators' changes are looked at in a
            // moment without keys, so a key never waits for the header's
            // counts; while keys keep coming, every five seconds.
            if Date().timeIntervalSince(lastPoll) >= (idle ? 1 : 5) {
                lastPoll = Date()
                dispatch(.clockTicked(store.now()))
                let version = (try? store.dataVersion()) ?? seenVersion
                if version != seenVersion {
                    seenVersion = version
                    dispatch(.outsideChangeNoticed)
                    readingAhead = true
                }
            }
            draw()
        }
        return .quit
    }

    private func dispatch(_ action: Action) {
        let themeBefore = loop.state.themeName
        carryOut(loop.send(action))
        if loop.state.themeName != themeBefore, let theme = try? themes.theme(named: loop.state.themeName) { apply(theme) }
    }

    /// The effects the loop leaves to the terminal.
    private func carryOut(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .quit: quitting = true
            case .redrawFully: backend.invalidate()
            default: break
            }
        }
    }

    private func apply(_ theme: Theme) {
        if backend.colorDepth == .none, let mono = try? themes.theme(named: "mono") {
            backend.apply(mono)
        } else {
            backend.apply(backend.colorDepth == .none ? .fallback : theme)
        }
        backend.invalidate()
        lastDrawn = nil
    }

    private func draw() {
        // A record read ahead for Enter is not on screen: reading it draws nothing.
        var shown = loop.state
        shown.recordAhead = nil
        guard shown != lastDrawn else { return }
        lastDrawn = shown
        backend.draw(DashboardView.render(loop.state))
    }
}
