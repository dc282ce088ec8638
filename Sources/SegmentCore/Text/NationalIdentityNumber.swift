/// Norwegian national identity numbers (fødselsnummer, and D-numbers, whose
/// day is raised by 40): eleven digits whose last two are mod-11 check digits.
/// Found in free text and masked before anything leaves segdesk, so personal
/// data does not reach another organisation by accident.
public enum NationalIdentityNumber {
    public static let mask = "[fnr masked]"

    /// True for eleven digits with both check digits right.
    public static func isValid(_ digits: [Int]) -> Bool {
        guard digits.count == 11 else { return false }
        func check(_ weights: [Int], _ count: Int) -> Int? {
            let remainder = zip(digits.prefix(count), weights).reduce(0) { $0 + $1.0 * $1.1 } % 11
            let digit = remainder == 0 ? 0 : 11 - remainder
            return digit == 10 ? nil : digit
        }
        guard let first = check([3, 7, 6, 1, 8, 9, 4, 5, 2], 9), first == digits[9],
              let second = check([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], 10), second == digits[10] else { return false }
        return true
    }

    /// `text` with every valid number replaced, and how many were replaced. A
    /// number is eleven digits that stand alone (not inside a longer run of
    /// digits), written joined or
    /// as people write them by hand: the birth date as six digits, as
    /// day.month.year or as DDMM YY, then the five personal digits, each part
    /// after one space, no-break space, hyphen or full stop. The check digits
    /// decide, so an order number that happens to have eleven digits stays.
    public static func masked(_ text: String) -> (text: String, count: Int) {
        let runs = DigitRuns(text)
        guard runs.runs.contains(where: { $0.count == 11 || $0.count == 5 }) else { return (text, 0) }
        var output = String.UnicodeScalarView()
        var count = 0
        var index = 0
        var position = text.unicodeScalars.startIndex
        while index < runs.runs.count {
            let run = runs.runs[index]
            output.append(contentsOf: text.unicodeScalars[position..<run.start])
            if let parts = writtenNumber(in: runs, at: index) {
                output.append(contentsOf: mask.unicodeScalars)
                count += 1
                position = runs.runs[index + parts - 1].end
                index += parts
            } else {
                output.append(contentsOf: text.unicodeScalars[run.start..<run.end])
                position = run.end
                index += 1
            }
        }
        output.append(contentsOf: text.unicodeScalars[position...])
        return (String(output), count)
    }

    /// The ways the eleven digits are split when written by hand, by the
    /// lengths of their parts.
    private static let writtenForms: [[Int]] = [[11], [6, 5], [2, 2, 2, 5], [4, 2, 5]]

    /// How many runs from `index` on make one valid number, if any.
    private static func writtenNumber(in runs: DigitRuns, at index: Int) -> Int? {
        for form in writtenForms where index + form.count <= runs.runs.count {
            let parts = runs.runs[index..<(index + form.count)]
            guard zip(parts, form).allSatisfy({ $0.count == $1 }) else { continue }
            guard zip(parts.dropLast(), parts.dropFirst()).allSatisfy({ runs.isWrittenSeparator(between: $0, and: $1) }) else { continue }
            if isValid(parts.flatMap(\.digits)) { return form.count }
        }
        return nil
    }
}

/// The runs of ASCII digits in a text, in one pass.
private struct DigitRuns {
    struct Run {
        var start: String.UnicodeScalarView.Index
        var end: String.UnicodeScalarView.Index
        var digits: [Int]
        var count: Int { digits.count }
    }

    let text: String.UnicodeScalarView
    private(set) var runs: [Run] = []

    init(_ text: String) {
        self.text = text.unicodeScalars
        var current: Run?
        var index = self.text.startIndex
        while index < self.text.endIndex {
            let scalar = self.text[index]
            if ("0"..."9").contains(scalar) {
                if current == nil { current = Run(start: index, end: index, digits: []) }
                current!.digits.append(Int(scalar.value - 48))
            } else if let run = current {
                runs.append(Run(start: run.start, end: index, digits: run.digits))
                current = nil
            }
            index = self.text.index(after: index)
        }
        if let run = current { runs.append(Run(start: run.start, end: self.text.endIndex, digits: run.digits)) }
    }

    /// True when exactly one space, no-break space, hyphen or full stop
    /// stands between the runs.
    func isWrittenSeparator(between first: Run, and second: Run) -> Bool {
        guard first.end < text.endIndex, text.index(after: first.end) == second.start else { return false }
        return [" ", "\u{00A0}", "-", "."].contains(text[first.end])
    }
}
