import Foundation
import SegmentCore
import Synchronization

/// The last record laid out, with what its lines depend on: after a key the
/// program loop measures the record and the view draws it, and each scroll
/// key draws it again. Laying out a notice of 2,000 consumers, twice per
/// key, was 16% of a profile of opening and closing it.
enum RecordLayoutMemo {
    /// Everything in a record's lines that can change: the record and its
    /// journal, the width, and what of the state its texts read.
    struct Inputs: Equatable {
        let record: RecordDetail
        let history: [JournalEntry]
        let width: Int
        let now: Int64
        let timeZone: DisplayZone
        let plotsInUnicode: Bool
        let knownAnswers: KnownAnswers
        let currentAgreement: Int?
        let language: Language

        init(_ record: RecordDetail, history: [JournalEntry], state: AppState, width: Int) {
            self.record = record
            self.history = history
            self.width = width
            (now, timeZone, plotsInUnicode) = (state.now, state.timeZone, state.plotsInUnicode)
            (knownAnswers, currentAgreement) = (state.knownAnswers, state.overview.currentAgreement)
            language = Language.interface
        }
    }

    private static let last = Mutex<(inputs: Inputs, lines: [DetailLine])?>(nil)

    /// The lines for `inputs`: those kept when the inputs are the same,
    /// else made by `layOut` and kept.
    static func lines(for inputs: Inputs, _ layOut: () -> [DetailLine]) -> [DetailLine] {
        if let kept = last.withLock({ $0 }), kept.inputs == inputs { return kept.lines }
        let lines = layOut()
        last.withLock { $0 = (inputs, lines) }
        return lines
    }
}
