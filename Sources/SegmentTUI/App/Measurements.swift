/// What the view measured of the text that scrolls, at the screen's size:
/// how far each can scroll. The reducer keeps scroll keys inside these
/// without laying out text itself; the program loop hands them over as
/// `Action.measured` whenever they change.
public struct Measurements: Equatable, Sendable {
    /// The largest scroll offset of the open record.
    public var recordScrollLimit = 0
    /// The line where the open incident's replies start, if it has any.
    public var repliesLine: Int?
    /// The largest scroll offset of the help or the sheet over the dashboard.
    public var sheetScrollLimit = 0
    /// The largest scroll offset of the confirmation box's text, and how
    /// many of its lines show at once.
    public var confirmationScrollLimit = 0
    public var confirmationPage = 1

    public init() {}
}
