import SegmentCore

/// A rectangle of cells on the screen.
public struct Rect: Equatable, Sendable {
    public var x: Int, y: Int, width: Int, height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var maxY: Int { y + height }
}

/// One character cell: the code point a terminal draws there (one of those
/// `DisplayWidth.shown` gives for a character; a combining mark takes no
/// cell), its role, and whether it is the right half of a character two
/// columns wide.
public struct Cell: Equatable, Sendable {
    public var scalar: Unicode.Scalar
    public var role: Role
    public var isContinuation: Bool

    public var character: Character { Character(scalar) }

    public static let blank = Cell(scalar: " ", role: .normal, isContinuation: false)
}

/// An in-memory grid of cells that views draw into. Only the backend turns it
/// into terminal output, so tests render views here and read them as text.
public struct Screen: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

    /// Whether row `y` holds the same cells here as in `other`, of the same width.
    public func rowEquals(_ y: Int, in other: Screen) -> Bool {
        guard other.width == width, y < height, y < other.height else { return false }
        return cells[(y * width)..<((y + 1) * width)] == other.cells[(y * width)..<((y + 1) * width)]
    }

    /// Fills a rectangle with blanks of a role.
    public mutating func fill(_ rect: Rect, role: Role) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.x + rect.width) {
                cells[y * width + x] = Cell(scalar: " ", role: role, isContinuation: false)
            }
        }
    }

    /// Clears a rectangle and draws a line round its edge: the frame of a box
    /// shown over the dashboard.
    public mutating func box(_ rect: Rect) {
        fill(rect, role: .normal)
        let line = String(repeating: "─", count: max(0, rect.width - 2))
        write("┌" + line + "┐", x: rect.x, y: rect.y, limit: rect.width, role: .border)
        write("└" + line + "┘", x: rect.x, y: rect.maxY - 1, limit: rect.width, role: .border)
        for y in (rect.y + 1)..<max(rect.y + 1, rect.maxY - 1) {
            write("│", x: rect.x, y: y, limit: 1, role: .border)
            write("│", x: rect.x + rect.width - 1, y: y, limit: 1, role: .border)
        }
    }

    /// Writes text at (x, y), clipped to `limit` columns; a character that
    /// would not fit whole is left out. Text must already be sanitised.
    /// Returns the columns used.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, limit: Int, role: Role) -> Int {
        guard y >= 0, y < height else { return 0 }
        let end = min(width, x + max(0, limit))
        var column = x
        if DisplayWidth.oneColumnEach(text) != nil {
            for scalar in text.unicodeScalars {
                if column >= end { break }
                if column >= 0 { cells[y * width + column] = Cell(scalar: scalar, role: role, isContinuation: false) }
                column += 1
            }
            return column - x
        }
        for character in text {
            let columns = DisplayWidth.of(character)
            if columns == 0 { continue }
            if column + columns > end { break }
            let shown = DisplayWidth.shown(character)
            for scalar in shown {
                let wide = shown.count == 1 ? columns == 2 : DisplayWidth.of(scalar) == 2
                if column >= 0 {
                    cells[y * width + column] = Cell(scalar: scalar, role: role, isContinuation: false)
                    if wide { cells[y * width + column + 1] = Cell(scalar: " ", role: role, isContinuation: true) }
                }
                column += wide ? 2 : 1
            }
        }
        return column - x
    }

    /// The screen as lines of text, trailing spaces trimmed: what a person sees.
    public var lines: [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where !self[x, y].isContinuation { line.unicodeScalars.append(self[x, y].scalar) }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// All lines joined with line feeds.
    public var text: String { lines.joined(separator: "\n") }
}
