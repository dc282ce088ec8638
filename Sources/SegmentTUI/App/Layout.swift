/// Where things go on a screen of a given size. Pure, so the reducer (which
/// must know how many rows a page holds) and the view agree.
public struct Layout: Equatable, Sendable {
    public static let minimumWidth = 60
    public static let minimumHeight = 16
    /// From this width on, a preview of the selected record stands beside the panes.
    public static let previewWidth = 160

    public let width: Int
    public let height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
    public var showsPreview: Bool { width >= Self.previewWidth }

    /// The header line, the panes, then the footer line.
    public var panes: Rect {
        Rect(x: 0, y: 1, width: showsPreview ? width * 11 / 20 : width, height: height - 2)
    }

    public var preview: Rect {
        let left = panes.width + 1
        return Rect(x: left, y: 1, width: width - left, height: height - 2)
    }

    public var footerRow: Int { height - 1 }

    /// Rows of records the focused pane shows: the pane area less one title
    /// line per collapsed pane, its own title and its column header.
    public var listRows: Int { max(1, panes.height - (PaneKind.allCases.count - 1) - 2) }

    /// Lines of text a full-screen record or help view shows.
    public var pageLines: Int { max(1, height - 3) }
}
