/// A terminal colour: the terminal's own default, or a palette index 0-255.
public enum ThemeColor: Equatable, Hashable, Sendable {
    case terminalDefault
    case index(Int)

    static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Parses "default", a colour name ("red", "bright-blue") or a number 0-255.
    init?(parsing text: String) {
        let word = text.lowercased()
        if word == "default" || word == "-" {
            self = .terminalDefault
        } else if let number = Int(word), (0...255).contains(number) {
            self = .index(number)
        } else if let base = Self.names.firstIndex(of: word) {
            self = .index(base)
        } else if word.hasPrefix("bright-"), let base = Self.names.firstIndex(of: String(word.dropFirst(7))) {
            self = .index(base + 8)
        } else {
            return nil
        }
    }

    /// The nearest of the eight basic colours, for terminals that have only those.
    var basic: ThemeColor {
        guard case .index(let number) = self else { return self }
        switch number {
        case 0..<8: return self
        case 8..<16: return .index(number - 8)
        case 232...255: return .index(number < 244 ? 0 : 7)
        default:
            let cube = number - 16
            let red = cube / 36, green = (cube / 6) % 6, blue = cube % 6
            let bits = (red >= 3 ? 1 : 0) | (green >= 3 ? 2 : 0) | (blue >= 3 ? 4 : 0)
            return .index(bits)
        }
    }
}

/// Text attributes a terminal can show without colour.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1)
    public static let underline = TextAttributes(rawValue: 2)
    public static let reverse = TextAttributes(rawValue: 4)
    public static let dim = TextAttributes(rawValue: 8)

    static let names: [String: TextAttributes] = ["bold": .bold, "underline": .underline, "reverse": .reverse, "dim": .dim]
}

/// How one role looks.
public struct Style: Equatable, Hashable, Sendable {
    public var foreground: ThemeColor
    public var background: ThemeColor
    public var attributes: TextAttributes

    public init(foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault,
                attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public static let plain = Style()
}
