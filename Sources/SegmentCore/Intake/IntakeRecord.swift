/// A kind of record an intake file holds: the field names it reads and the
/// check that turns one record's fields into a record or its problems.
public protocol IntakeRecord {
    /// Every field name the kind reads, in its JSON and its CSV spellings; a
    /// record or column with any other name is refused, not dropped.
    static var fieldNames: [String] { get }

    /// Checks one record's fields (names as in the JSON Lines format) and
    /// collects every problem, not only the first.
    static func check(_ fields: [String: FieldValue], line: Int, file: String) -> RecordCheck<Self>
}
