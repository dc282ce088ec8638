extension JournalRepository {
    /// Refuses a change made on record `id` as it was at version `seen` when
    /// it is at `version` now, naming who changed it last: an operator who
    /// acted on what they saw is told, instead of overwriting that change
    /// unawares. Nil `seen` checks nothing.
    func refuseStale(_ entity: RecordKind, id: Int64, version: Int, seen: Int?) throws {
        guard let seen, seen != version else { return }
        throw StoreError.changedByAnother(entity: entity, id: id, by: try lastOperator(entity: entity, id: id))
    }
}
