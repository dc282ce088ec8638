import SegmentCore

/// The panes of the dashboard, numbered as the digit keys pick them.
public enum PaneKind: Int, CaseIterable, Hashable, Sendable {
    case incidents = 1, cases, notices, needs, consumers, providers, knowledge

    /// Its name as the operator reads it.
    public var title: String { localized(englishTitle) }

    /// Its name in English, the key of its translations.
    public var englishTitle: String { descriptor.englishTitle }

    /// The kind of the records of this pane, as the journal names them.
    public var entity: RecordKind { descriptor.entity }

    /// Whether `filter` leaves out any rows: the incidents are searched by
    /// whole words of two letters or more, so a shorter filter shows them all;
    /// the other panes match any text.
    func isFiltered(by filter: String) -> Bool {
        self == .incidents ? !FullTextQuery.words(in: filter).isEmpty : !filter.isEmpty
    }

    /// Where a key or command works, as the status line says it:
    /// "the incidents pane (1)", "the cases pane (2) and ...".
    static func places(_ panes: Set<PaneKind>) -> Wording {
        let each = panes.sorted { $0.rawValue < $1.rawValue }.map {
            Wording("the {1} pane ({2})", Wording.lowercased(Wording(stringLiteral: $0.englishTitle)), $0.rawValue)
        }
        return each.dropFirst().reduce(each.first ?? "") { Wording("{1} and {2}", $0, $1) }
    }

    /// The pane after this one in key order, the first after the last.
    var next: PaneKind { Self.allCases[(Self.allCases.firstIndex(of: self)! + 1) % Self.allCases.count] }
    /// The pane before this one in key order, the last before the first.
    var previous: PaneKind {
        Self.allCases[(Self.allCases.firstIndex(of: self)! + Self.allCases.count - 1) % Self.allCases.count]
    }
}
