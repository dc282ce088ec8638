import SegmentCore

/// The one loop between keys and the store: an action goes through the
/// reducer, the effects it asks for wait in a first-in-first-out queue and
/// run in order, and each effect's outcome goes through the reducer in turn,
/// its effects joining the back of the queue. Nothing recurses, so an
/// effect never runs on a state older than the one before it. The terminal
/// app and the tests' harness drive this same loop.
public struct ProgramLoop {
    public private(set) var state: AppState
    private let runner: EffectRunner
    private var measuredInput: MeasuredInput?

    public init(state: AppState, runner: EffectRunner) {
        self.state = state
        self.runner = runner
    }

    /// Reads what the first screen shows: the visible panes' windows, every
    /// pane's counts for its title, and the header; a pane off screen is read
    /// when it is shown. With `opening`, that record opens over them, as
    /// `segdesk --open SEG-12` asks.
    public mutating func start(opening: RecordReference? = nil) -> [Effect] {
        drain(Reducer.reloadEverything(&state) + (opening.map { Reducer.open($0, &state) } ?? []))
    }

    /// Runs `action` and everything it leads to. Returns the effects only
    /// the terminal can carry out (quit, a full redraw), in order.
    @discardableResult
    public mutating func send(_ action: Action) -> [Effect] {
        drain(Reducer.reduce(&state, action))
    }

    /// In a moment without keys, reads one pane off screen that is out of
    /// date, or else the selected record (`AppState.idleWork`). Returns
    /// false when the read failed and left the same work to do, so that a
    /// store that refuses is not asked again at once (the caller waits for
    /// a key or another change).
    public mutating func readAhead() -> Bool {
        guard let work = state.idleWork else { return true }
        send(.idle)
        if case .readRecordAhead = work, let ahead = state.recordAhead { MeasuredText.layOut(ahead.detail, in: state) }
        return state.idleWork != work
    }

    private mutating func drain(_ effects: [Effect]) -> [Effect] {
        var queue = effects
        var next = 0
        var forTerminal: [Effect] = []
        while next < queue.count {
            let effect = queue[next]
            next += 1
            switch effect {
            case .quit, .redrawFully:
                forTerminal.append(effect)
            default:
                if let outcome = runner.run(effect, state: state) { queue += Reducer.reduce(&state, outcome) }
            }
        }
        measure()
        return forTerminal
    }

    /// Hands the reducer what the view measures of the text that scrolls,
    /// when it changed or an opened record waits to scroll to its replies.
    /// Text is laid out again only when what scrolls, the size or the clock
    /// changed: a scroll key moves through text already measured.
    private mutating func measure() {
        let input = MeasuredInput(state)
        guard input != measuredInput || state.detail?.scrollsToReplies == true else { return }
        measuredInput = input
        let measured = MeasuredText.measurements(of: state)
        if measured != state.measurements || state.detail?.scrollsToReplies == true {
            _ = Reducer.reduce(&state, .measured(measured))
        }
    }
}

/// What the view's measurements depend on: the record and its history,
/// the overlay (its scroll aside) and the pane its help is about, the
/// screen's size and the clock.
private struct MeasuredInput: Equatable {
    let focus: PaneKind
    let record: RecordDetail?
    let history: [JournalEntry]?
    let overlay: Overlay?
    let width: Int, height: Int
    let now: Int64

    init(_ state: AppState) {
        focus = state.focus
        record = state.detail?.record
        history = state.detail?.history
        var overlay = state.overlay
        if case .confirmation(var confirmation) = overlay {
            confirmation.scroll = 0
            overlay = .confirmation(confirmation)
        }
        self.overlay = overlay
        (width, height, now) = (state.width, state.height, state.now)
    }
}
