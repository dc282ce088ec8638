import SegmentCore

/// A change the store made, as a fact of the pane whose record changed;
/// each pane names its facts and how the status line words them.
public protocol RecordChangeFact: Equatable, Sendable {
    /// The status line's words, in the operator's language.
    var wording: String { get }
}

/// One fact of any pane, comparable, as an action carries it.
public struct RecordChange: Equatable, Sendable, CustomStringConvertible {
    public let fact: any RecordChangeFact

    public init(_ fact: some RecordChangeFact) { self.fact = fact }

    public var description: String { fact.wording }

    public static func == (left: RecordChange, right: RecordChange) -> Bool {
        left.fact.isSame(as: right.fact)
    }
}

extension RecordChangeFact {
    fileprivate func isSame(as other: any RecordChangeFact) -> Bool {
        (other as? Self) == self
    }
}
