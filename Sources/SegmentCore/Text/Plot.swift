/// Shapes drawn with characters: a sparkline of counts, a bar of a share.
/// Unicode block elements where the terminal shows them, ASCII elsewhere
/// (a locale that is not UTF-8, a vt100).
public enum Plot {
    private static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    private static let levels: [Character] = [".", ",", "-", "~", "=", "+", "*", "#"]

    /// One character per value, its height scaled to the largest; a zero
    /// is a space, so quiet days read as gaps.
    public static func sparkline(_ values: [Int], unicode: Bool) -> String {
        let marks = unicode ? blocks : levels
        let top = values.max() ?? 0
        return String(values.map { value -> Character in
            guard value > 0, top > 0 else { return " " }
            return marks[min(marks.count - 1, (value * marks.count - 1) / top)]
        })
    }

    /// A bar `width` characters long, filled in proportion to `value` of `maximum`.
    public static func bar(_ value: Int, of maximum: Int, width: Int, unicode: Bool) -> String {
        let filled = maximum > 0 ? min(width, (value * width + maximum / 2) / maximum) : 0
        return String(repeating: unicode ? "█" : "#", count: filled)
            + String(repeating: unicode ? "░" : ".", count: width - filled)
    }
}
