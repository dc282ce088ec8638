/// The smallest terminal on which the dashboard shows the overview's four
/// panes side by side (`overview = 160x45` in the configuration).
public struct OverviewSize: Equatable, Sendable {
    public var width: Int
    public var height: Int

    public static let standard = OverviewSize(width: 160, height: 45)

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// Reads "160x45"; nil unless both are sensible.
    public init?(_ text: String) {
        let parts = text.lowercased().split(separator: "x").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, (60...1_000).contains(parts[0]), (16...1_000).contains(parts[1]) else { return nil }
        self.init(width: parts[0], height: parts[1])
    }
}

/// Where things go on a screen of a given size. Pure, so the reducer (which
/// must know how many rows a page holds) and the view agree.
public struct Layout: Equatable, Sendable {
    /// A phone's SSH app: below this, the screen says how big it must be.
    public static let minimumWidth = 40
    public static let minimumHeight = 12
    /// Below this width the layout is compact: fewer columns, the header's
    /// counts as symbols.
    public static let compactWidth = 60
    /// From this width on, a preview of the selected record stands beside the panes.
    public static let previewWidth = 160

    public let width: Int
    public let height: Int
    public let overview: OverviewSize

    public init(width: Int, height: Int, overview: OverviewSize = .standard) {
        self.width = width
        self.height = height
        self.overview = overview
    }

    /// The layout of the state's screen.
    public init(_ state: AppState) {
        self.init(width: state.width, height: state.height, overview: state.overviewSize)
    }

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    /// True on a phone-sized screen: 40 to 59 columns.
    public var isCompact: Bool { width < Self.compactWidth }

    /// True when four panes stand in a grid, each with its own rows.
    public var isOverview: Bool { width >= overview.width && height >= overview.height }

    public var showsPreview: Bool { width >= Self.previewWidth && !isOverview }

    /// The header line, the panes, then the footer line.
    public var panes: Rect {
        Rect(x: 0, y: 1, width: showsPreview ? width * 11 / 20 : width, height: height - 2)
    }

    public var preview: Rect {
        let left = panes.width + 1
        return Rect(x: left, y: 1, width: width - left, height: height - 2)
    }

    public var footerRow: Int { height - 1 }

    /// The panes whose rows are on screen: the four of the overview, else the focused one.
    public func visiblePanes(focus: PaneKind) -> [PaneKind] { isOverview ? Self.overviewPanes(focus: focus) : [focus] }

    /// The panes the overview shows, in its grid's order (two above, two
    /// below). Each pane's descriptor names its place; of two panes that
    /// share one, the focused one takes it, else the first.
    public static func overviewPanes(focus: PaneKind) -> [PaneKind] {
        var places: [PaneKind?] = [nil, nil, nil, nil]
        for kind in PaneKind.allCases {
            guard let place = kind.descriptor.overviewPlace, places[place] == nil || kind == focus else { continue }
            places[place] = kind
        }
        return places.compactMap { $0 }
    }

    /// Where a pane stands in the overview: its quarter of the panes' area,
    /// with a column between left and right. Nil for a pane it does not show.
    public func overviewArea(of kind: PaneKind, focus: PaneKind) -> Rect? {
        guard let index = Self.overviewPanes(focus: focus).firstIndex(of: kind) else { return nil }
        let area = panes
        let leftWidth = (area.width - 1) / 2
        let topHeight = area.height / 2
        let left = index % 2 == 0
        let top = index < 2
        return Rect(x: left ? area.x : area.x + leftWidth + 1, y: top ? area.y : area.y + topHeight,
                    width: left ? leftWidth : area.width - leftWidth - 1,
                    height: top ? topHeight : area.height - topHeight)
    }

    /// Rows of records a pane shows: in the overview its quarter less its
    /// title and column header; else the pane area less one title line per
    /// collapsed pane, its own title and its column header.
    public func listRows(for kind: PaneKind, focus: PaneKind) -> Int {
        if isOverview {
            let shown = Self.overviewPanes(focus: focus)
            return max(1, (overviewArea(of: kind, focus: focus) ?? overviewArea(of: shown[shown.count - 1], focus: focus)!).height - 2)
        }
        // Compact: the other panes share one line at the bottom.
        return max(1, panes.height - (isCompact ? 1 : PaneKind.allCases.count - 1) - 2)
    }

    /// Lines of text a full-screen record or help view shows.
    public var pageLines: Int { max(1, height - 3) }
}
