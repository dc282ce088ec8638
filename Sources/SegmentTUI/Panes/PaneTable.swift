import SegmentCore

/// What the panes' tables share: the width from which bars are drawn, and
/// the counts after a title, from the pane's descriptor unless a filter
/// narrows it.
enum PaneTable {
    /// From this width a notice's progress and a need's score also show as a bar.
    static let plotWidth = 95

    /// "12 of 2,031", or "10,000+ of 1,000,000" when the count stopped early.
    static func matches(_ pane: PaneState) -> String {
        localized("{1} of {2}", Format.count(pane.matching) + (pane.matchingIsFloor ? "+" : ""), Format.count(pane.total))
    }

    /// The counts after a pane's title: "312 open · 2,031", or "12 of 2,031" while filtered.
    static func summary(_ kind: PaneKind, _ pane: PaneState, _ overview: Overview) -> String {
        kind.isFiltered(by: pane.filter) ? matches(pane) : kind.descriptor.summary(pane, overview)
    }
}
