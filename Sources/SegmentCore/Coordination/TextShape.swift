/// The shape of a report's text with what varies between reporters taken
/// out: words lower-cased, and every word holding a digit (numbers, ids,
/// dates, times) replaced by `#`. Two reports without error codes whose
/// shapes share most words are offered as possibly the same fault.
public struct TextShape: Equatable, Sendable {
    /// Each distinct word as a 64-bit FNV-1a hash of its lower-cased UTF-8,
    /// sorted: comparing shapes is a merge of two short lists, with no
    /// string made or hashed again, since a record compares itself with up
    /// to 500 others each time it opens.
    private let words: [UInt64]

    public init(_ text: String) {
        var words = WordHashes()
        // Code point by code point, as a grapheme's first decides: a letter
        // or digit goes on the word (lower-cased), a mark stays with its
        // letter, anything else ends the word.
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x61...0x7A: words.add(byte: UInt8(scalar.value))
            case 0x41...0x5A: words.add(byte: UInt8(scalar.value + 32))
            case 0x30...0x39: words.add(digit: UInt8(scalar.value))
            case 0..<0x80: words.endWord()
            default:
                let properties = scalar.properties
                if properties.numericType != nil {
                    words.add(scalar)
                    words.holdsDigit = true
                } else if properties.isAlphabetic {
                    for lower in properties.lowercaseMapping.unicodeScalars { words.add(lower) }
                } else if words.length > 0, [.nonspacingMark, .spacingMark, .enclosingMark].contains(properties.generalCategory) {
                    words.add(scalar)
                } else {
                    words.endWord()
                }
            }
        }
        words.endWord()
        self.words = words.sortedDistinct()
    }

    fileprivate static let emptyHash: UInt64 = 0xcbf2_9ce4_8422_2325
    /// Every word holding a digit counts as this one word.
    fileprivate static let numberHash: UInt64 = 0x23

    /// How many distinct words the text has.
    public var wordCount: Int { words.count }

    private func sharedWords(with other: TextShape) -> Int {
        var shared = 0, left = 0, right = 0
        while left < words.count && right < other.words.count {
            if words[left] == other.words[right] {
                shared += 1
                left += 1
                right += 1
            } else if words[left] < other.words[right] {
                left += 1
            } else {
                right += 1
            }
        }
        return shared
    }

    /// Shared words over all words (Jaccard), 0 to 1.
    public func similarity(to other: TextShape) -> Double {
        let shared = sharedWords(with: other)
        let union = words.count + other.words.count - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }

    /// Similar enough to offer: most words shared, and at least three of them.
    public func isPossiblySame(as other: TextShape) -> Bool {
        sharedWords(with: other) >= 3 && similarity(to: other) >= 0.6
    }
}

/// The words of a text as they are read, each hashed as it goes.
private struct WordHashes {
    private var hashes: [UInt64] = []
    private var hash = TextShape.emptyHash
    private(set) var length = 0
    var holdsDigit = false

    mutating func add(byte: UInt8) {
        hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        length += 1
    }

    mutating func add(digit: UInt8) {
        add(byte: digit)
        holdsDigit = true
    }

    mutating func add(_ scalar: Unicode.Scalar) {
        for byte in UTF8.encode(scalar)! { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        length += 1
    }

    mutating func endWord() {
        guard length > 0 else { return }
        hashes.append(holdsDigit ? TextShape.numberHash : hash)
        hash = TextShape.emptyHash
        length = 0
        holdsDigit = false
    }

    func sortedDistinct() -> [UInt64] {
        var sorted = hashes.sorted()
        var kept = 0
        for index in sorted.indices where index == 0 || sorted[index] != sorted[kept - 1] {
            sorted[kept] = sorted[index]
            kept += 1
        }
        return Array(sorted.prefix(kept))
    }
}

/// A report offered as possibly the same fault as the one being read.
public struct SimilarReport: Equatable, Sendable {
    public var id: Int64
    public var consumerName: String?
    public var title: String
    public var receivedAt: Int64
}

extension Store {
    /// Reports without an error code on the same service and environment,
    /// within a day of this one, whose titles have nearly the same shape;
    /// best first, at most `limit`. Reads at most 500 candidates by the
    /// fingerprint index, so it costs the same at a million incidents.
    public func possiblySame(as id: Int64, limit: Int = 5) throws -> [SimilarReport] {
        guard let own = try incidents.withoutCode(id: id) else { return [] }
        let shape = TextShape(own.title)
        let candidates = try incidents.codelessNeighbours(of: id, service: own.service, environment: own.environment,
                                                          from: own.receivedAt - 86_400, to: own.receivedAt + 86_400)
        // Reports of one fault often share a title: each title is shaped
        // once, and only the best few are given their consumer's name.
        var shapes: [String: TextShape] = [:]
        let best = candidates
            .compactMap { candidate -> (report: SimilarReport, consumerID: Int64?, similarity: Double)? in
                let theirs = shapes[candidate.report.title] ?? TextShape(candidate.report.title)
                shapes[candidate.report.title] = theirs
                guard shape.isPossiblySame(as: theirs) else { return nil }
                return (candidate.report, candidate.consumerID, shape.similarity(to: theirs))
            }
            .sorted { $0.similarity > $1.similarity }
            .prefix(limit)
        return try best.map { found in
            var report = found.report
            report.consumerName = try found.consumerID.flatMap { consumerID in
                try consumers.nameAndStage(id: consumerID)?.name
            }
            return report
        }
    }
}
