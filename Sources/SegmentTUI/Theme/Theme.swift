import SegmentCore
import Foundation

/// A bad line in a theme file: where, and what was expected.
public struct ThemeError: Error, Equatable, CustomStringConvertible, Sendable {
    public let file: String
    public let line: Int
    public let problem: String

    public var description: String { line > 0 ? "\(file):\(line): \(problem)" : "\(file): \(problem)" }
}

/// A mapping from roles to styles, read from a `NAME.theme` file of lines
/// `role = foreground background [attribute ...]`, with `#` comments.
public struct Theme: Equatable, Sendable {
    public var name: String
    public var styles: [Role: Style]

    public init(name: String, styles: [Role: Style]) {
        self.name = name
        self.styles = styles
    }

    /// The style of a role; roles the theme leaves out look plain.
    public func style(_ role: Role) -> Style { styles[role] ?? styles[.normal] ?? .plain }

    /// Parses a theme file's text; `file` names it in errors.
    public static func parse(_ text: String, name: String, file: String) throws -> Theme {
        var styles: [Role: Style] = [:]
        for line in KeyValueLines.read(text, comments: .anywhere) {
            let (number, key, value): (Int, String, String)
            switch line {
            case .malformed(let bad):
                throw ThemeError(file: file, line: bad, problem: localized("expected `role = foreground background [attributes]`"))
            case let .pair(found, role, style): (number, key, value) = (found, role, style)
            }
            guard let role = Role(rawValue: key) else {
                let known = Role.allCases.map(\.rawValue).joined(separator: ", ")
                throw ThemeError(file: file, line: number, problem: localized("unknown role \"{1}\"; roles are {2}", key, known))
            }
            let words = value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," }).map(String.init)
            guard words.count >= 2 else {
                throw ThemeError(file: file, line: number, problem: localized("expected a foreground and a background colour"))
            }
            guard let foreground = ThemeColor(parsing: words[0]), let background = ThemeColor(parsing: words[1]) else {
                throw ThemeError(file: file, line: number,
                                 problem: localized("colours are default, a name (red, bright-blue) or 0-255; got \"{1} {2}\"", words[0], words[1]))
            }
            var attributes: TextAttributes = []
            for word in words.dropFirst(2) {
                guard let attribute = TextAttributes.names[word.lowercased()] else {
                    throw ThemeError(file: file, line: number,
                                     problem: localized("unknown attribute \"{1}\"; use bold, underline, reverse or dim", word))
                }
                attributes.insert(attribute)
            }
            styles[role] = Style(foreground: foreground, background: background, attributes: attributes)
        }
        return Theme(name: name, styles: styles)
    }

    /// The last resort when no theme file can be found: attributes only.
    public static let fallback = Theme(name: "fallback", styles: [
        .header: Style(attributes: [.bold]), .paneTitleFocused: Style(attributes: [.reverse, .bold]),
        .columnHeader: Style(attributes: [.underline]), .selected: Style(attributes: [.reverse]),
        .marked: Style(attributes: [.bold]), .priority1: Style(attributes: [.bold]),
        .slaBreached: Style(attributes: [.bold]), .footerKey: Style(attributes: [.bold]),
        .error: Style(attributes: [.bold]), .headerAlert: Style(attributes: [.bold]),
    ])
}
