import SegmentCore

/// A conversation listed over the dashboard: whose it is, its messages
/// newest first, and the one j and k have selected for Enter to show whole.
public struct CorrespondenceSheet: Equatable, Sendable {
    /// Whose messages: a consumer's name, or the record they are about.
    public var title: String
    public var correspondence: Correspondence
    public var selected = 0

    /// How many of the newest messages the sheet lists; `export messages`
    /// writes every one.
    static let limit = 200

    /// The selected message moved by a move key, kept within the list.
    mutating func move(_ command: Command, page: Int) {
        let last = max(0, correspondence.entries.count - 1)
        selected = min(last, max(0, Reducer.scrolled(selected, by: command, page: page)))
    }

    var selectedEntry: CorrespondenceEntry? {
        correspondence.entries.indices.contains(selected) ? correspondence.entries[selected] : nil
    }
}
