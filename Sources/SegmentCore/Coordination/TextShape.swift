/// The shape of a report's text with what varies between reporters taken
/// out: words lower-cased, and every word holding a digit (numbers, ids,
/// dates, times) replaced by `#`. Two reports without error codes whose
/// shapes share most words are offered as possibly the same fault.
public struct TextShape: Equatable, Sendable {
    public let words: Set<String>

    public init(_ text: String) {
        var words = Set<String>()
        for word in text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }) {
            words.insert(word.contains(where: \.isNumber) ? "#" : String(word))
        }
        self.words = words
    }

    /// Shared words over all words (Jaccard), 0 to 1.
    public func similarity(to other: TextShape) -> Double {
        let union = words.union(other.words).count
        return union == 0 ? 0 : Double(words.intersection(other.words).count) / Double(union)
    }

    /// Similar enough to offer: most words shared, and at least three of them.
    public func isPossiblySame(as other: TextShape) -> Bool {
        words.intersection(other.words).count >= 3 && similarity(to: other) >= 0.6
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
        guard let own = try database.first("""
            SELECT service_id, environment, received_at, title FROM incidents WHERE id = ? AND error_code IS NULL
            """, [.integer(id)], { ($0.int(0), $0.string(1), $0.int(2), $0.string(3)) }) else { return [] }
        let shape = TextShape(own.3)
        let candidates = try database.rows("""
            SELECT i.id, c.name, i.title, i.received_at FROM incidents i INDEXED BY incidents_fingerprint
            LEFT JOIN consumers c ON c.id = i.consumer_id
            WHERE i.service_id = ? AND i.environment = ? AND i.error_code IS NULL
              AND i.received_at BETWEEN ? AND ? AND i.id != ?
            ORDER BY i.received_at DESC LIMIT 500
            """, [.integer(own.0), .text(own.1), .integer(own.2 - 86_400), .integer(own.2 + 86_400), .integer(id)]) {
            SimilarReport(id: $0.int(0), consumerName: $0.optionalString(1), title: $0.string(2), receivedAt: $0.int(3))
        }
        return candidates
            .map { ($0, TextShape($0.title)) }
            .filter { shape.isPossiblySame(as: $0.1) }
            .sorted { shape.similarity(to: $0.1) > shape.similarity(to: $1.1) }
            .prefix(limit).map(\.0)
    }
}
