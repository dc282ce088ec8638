import SegmentCore

/// The five panes of the dashboard, numbered as the keys 1-5 pick them.
public enum PaneKind: Int, CaseIterable, Hashable, Sendable {
    case incidents = 1, cases, notices, needs, consumers

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

    var next: PaneKind { PaneKind(rawValue: rawValue % 5 + 1)! }
    var previous: PaneKind { PaneKind(rawValue: (rawValue + 3) % 5 + 1)! }
}
