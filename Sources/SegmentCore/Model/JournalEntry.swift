/// One line of the audit trail: who did what to which record, when, and the
/// record's relevant fields before and after.
public struct JournalEntry: Equatable, Sendable {
    public var id: Int64
    public var at: Int64
    public var operatorName: String
    public var entity: String
    public var entityID: Int64
    public var action: String
    public var before: String?
    public var after: String?
}
