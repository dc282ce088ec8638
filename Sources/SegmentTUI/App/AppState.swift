import Foundation
import SegmentCore

/// What the bottom line is collecting as the operator types.
public enum InputLine: Equatable, Sendable {
    case none
    case filter
    case command(String)
}

/// What stands over the dashboard or an open record, one at a time: the
/// keys live and what is drawn on top both follow from it alone.
public enum Overlay: Equatable, Sendable {
    /// The keys of a view, the mode it lists.
    case help(Mode)
    /// A sheet of the store's: the outbox, the agreement, the digest, statistics.
    case sheet(Sheet)
    /// The box waiting for y or n.
    case confirmation(Confirmation)
    /// A short form: an incident taken by phone, a notice, a need, a consumer.
    case form(EntryForm)
}

/// A question asked before something is sent or cannot be undone: what will
/// happen, to how many records, the exact text, and the effect `y` runs.
public struct Confirmation: Equatable, Sendable {
    public var question: Wording
    public var preview: [Wording]
    public var effect: Effect
    /// What `p` runs when the messages held identity numbers that were
    /// masked: the same preview with the numbers kept, asked again.
    public var keepEffect: Effect?
    /// How far the text is scrolled.
    public var scroll = 0

    public init(question: Wording, preview: [Wording], effect: Effect, keepEffect: Effect? = nil) {
        self.question = question
        self.preview = preview
        self.effect = effect
        self.keepEffect = keepEffect
    }

    /// A message as the box shows it: recipient, subject, a blank line, the body.
    /// What stands between two messages in a preview.
    static let betweenMessages: [Wording] = [.verbatim(""), .verbatim("────")]

    static func lines(of message: PlannedMessage) -> [Wording] {
        [Wording("To: {1}", message.recipient)] + (message.copyTo.map { [Wording("Cc: {1}", $0)] } ?? [])
            + [Wording("Subject: {1}", message.subject), ""]
            + message.body.split(separator: "\n", omittingEmptySubsequences: false).map { Wording.verbatim(String($0)) }
    }
}

/// What a sheet over the dashboard shows.
public enum Sheet: Equatable, Sendable {
    case outbox(OutboxReview)
    case agreements(AgreementReview)
    case digest(ProviderDigest)
    case statistics(SegmentStatistics)
    /// A consumer's messages, or those about a record, to choose one from.
    case correspondence(CorrespondenceSheet)
    /// One message whole, and the list it was chosen from, which Esc returns to.
    case message(CorrespondenceMessage, list: CorrespondenceSheet?)
    /// The open alerts, to acknowledge or open.
    case alerts(AlertsSheet)
}

/// A line of feedback at the bottom of the screen.
public struct StatusMessage: Equatable, Sendable {
    /// What the line says: words the reducer chose, or a fact the view words.
    public enum Content: Equatable, Sendable {
        case said(Wording)
        case changed(RecordChange)
        case refused(StoreError)
    }

    public var content: Content
    public var isError: Bool

    public init(_ wording: Wording, isError: Bool = false) {
        content = .said(wording)
        self.isError = isError
    }

    public init(_ change: RecordChange) {
        content = .changed(change)
        isError = false
    }

    public init(refused error: StoreError) {
        content = .refused(error)
        isError = true
    }

    /// The change the line reports, if it reports one.
    public var change: RecordChange? { if case .changed(let change) = content { change } else { nil } }
}

/// Everything the dashboard shows, as plain values: the reducer changes it,
/// the view draws it, and a test compares it whole.
public struct AppState: Equatable, Sendable {
    public var width: Int
    public var height: Int
    public var focus: PaneKind = .incidents
    public var panes: [PaneKind: PaneState]
    public var overview = Overview.empty
    public var detail: DetailState?
    public var preview: RecordDetail?
    /// The selected row's record, read ahead in an idle moment for Enter.
    public var recordAhead: RecordAhead?
    /// The help, a sheet, a confirmation or a form over the panes or the record.
    public var overlay: Overlay?
    /// How far the help or a sheet is scrolled.
    public var helpScroll = 0
    /// How far what scrolls can scroll, as the view last measured it.
    public var measurements = Measurements()
    public var input: InputLine = .none
    public var message: StatusMessage?
    public var themeName: String
    public var operatorLogin: String
    public var now: Int64
    public var timeZone: DisplayZone
    /// The last change this operator made, for `u`.
    public var lastChange: UndoableChange?
    /// Standard answers for codes that are not faults.
    public var knownAnswers: KnownAnswers
    /// From which size on the dashboard is the four-pane overview.
    public var overviewSize = OverviewSize.standard
    /// Plots in block characters; false on a terminal that lacks them (vt100).
    public var plotsInUnicode = true

    public init(width: Int, height: Int, themeName: String, operatorLogin: String, now: Int64,
                timeZone: DisplayZone = SegmentZone.current, knownAnswers: KnownAnswers = .standard) {
        self.knownAnswers = knownAnswers
        self.width = width
        self.height = height
        self.themeName = themeName
        self.operatorLogin = operatorLogin
        self.now = now
        self.timeZone = timeZone
        panes = Dictionary(uniqueKeysWithValues: PaneKind.allCases.map { ($0, PaneState()) })
    }

    /// The first pane off screen whose rows are out of date, in Tab order
    /// from the focused one: what an idle moment reads, so that Tab then
    /// costs only the drawing.
    public var nextStalePane: PaneKind? {
        let order = PaneKind.allCases
        let start = order.firstIndex(of: focus) ?? 0
        return (order[start...] + order[..<start]).first { panes[$0]?.isStale == true }
    }

    /// What a moment without keys reads: a pane off screen that is out of
    /// date, else the selected row's record, so that Tab and Enter find what
    /// they show already read. Nil when there is nothing to read.
    public var idleWork: Effect? {
        if let pane = nextStalePane { return .loadPane(pane) }
        guard mode == .dashboard, input == .none, let id = focusedPane.selectedID,
              recordAhead?.detail.pane != focus || recordAhead?.detail.id != id else { return nil }
        return .readRecordAhead(focus, id)
    }

    /// Which keys are live now: the overlay's, else the record's or the dashboard's.
    public var mode: Mode {
        switch overlay {
        case .confirmation: .confirm
        case .help, .sheet: .help
        case .form, nil: detail == nil ? .dashboard : .detail
        }
    }

    /// The view whose keys the help lists, while it is open.
    public var help: Mode? { if case .help(let mode) = overlay { mode } else { nil } }
    /// The sheet open over the dashboard, if any.
    public var sheet: Sheet? { if case .sheet(let sheet) = overlay { sheet } else { nil } }
    /// The box waiting for y or n, if any.
    public var confirmation: Confirmation? { if case .confirmation(let box) = overlay { box } else { nil } }
    /// The form being filled in, if any.
    public var form: EntryForm? { if case .form(let form) = overlay { form } else { nil } }

    /// The pane the keys act on: the open record's, else the focused one.
    public var currentPane: PaneKind { detail?.pane ?? focus }

    public var focusedPane: PaneState {
        get { panes[focus]! }
        set { panes[focus] = newValue }
    }
}
