/// A word of segdesk's vocabulary stored as text (a status, a kind, a stage,
/// a role): SQL takes it from its enum, quoted, never as a literal typed
/// again, so a renamed case cannot leave a query behind. Interpolated rather
/// than bound where a partial index names the word, which only a literal in
/// the query can use.
protocol StoredWord: RawRepresentable where RawValue == String {}

extension StoredWord {
    /// The word as an SQL string literal: `'offboarded'`.
    var sql: String { "'\(rawValue)'" }
}

extension Sequence where Element: StoredWord {
    /// The words as an SQL list: `('ready', 'not_affected')`.
    var sql: String { "(" + map(\.sql).joined(separator: ", ") + ")" }
}

extension IncidentStatus: StoredWord {}
extension IncidentKind: StoredWord {}
extension CaseStatus: StoredWord {}
extension NoticeKind: StoredWord {}
extension NoticeStatus: StoredWord {}
extension AcknowledgementState: StoredWord {}
extension OnboardingStage: StoredWord {}
extension ContactRole: StoredWord {}
extension NeedStatus: StoredWord {}
extension RecordKind: StoredWord {}
extension OutboxMessage.Status: StoredWord {}
extension InboundMailKind: StoredWord {}
extension ProviderContactRole: StoredWord {}
extension Language: StoredWord {}
extension CorrespondenceEntry.Direction: StoredWord {}
extension CorrespondenceEntry.State: StoredWord {}
extension AlertRule: StoredWord {}
extension ArticleStatus: StoredWord {}
extension IncidentResolution: StoredWord {}
extension CaseKind: StoredWord {}
