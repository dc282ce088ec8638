extension NeedRepository {
    /// The backings of need `id`, each with the same consumer's backing of
    /// `target` before a merge, if any.
    func backingsToMerge(_ id: Int64, into target: Int64) throws
        -> [(consumer: Int64, importance: Int, useCase: String?, targetImportance: Int?, targetUseCase: String?, both: Bool)] {
        try database.rows("""
            SELECT b.consumer_id, b.importance, b.use_case, t.importance, t.use_case, t.consumer_id IS NOT NULL
            FROM need_backings b LEFT JOIN need_backings t ON t.need_id = ?2 AND t.consumer_id = b.consumer_id
            WHERE b.need_id = ?1
            """, [.integer(id), .integer(target)]) {
            (consumer: $0.int(0), importance: $0.integer(1), useCase: $0.optionalString(2),
             targetImportance: $0.isNull(3) ? nil : $0.integer(3), targetUseCase: $0.optionalString(4), both: $0.integer(5) != 0)
        }
    }

    /// Remembers what a merge of need `id` changed of a consumer's backing
    /// of the target (added, or its importance and use case before), so
    /// the merge can be undone.
    func rememberMergedBacking(of id: Int64, consumer: Int64, added: Bool, importanceBefore: Int?, useCaseBefore: String?) throws {
        try database.run("""
            INSERT INTO need_merge_backings (merged_id, consumer_id, added, importance_before, use_case_before)
            VALUES (?, ?, ?, ?, ?)
            """, [.integer(id), .integer(consumer), .integer(added ? 1 : 0), importanceBefore.map { .integer(Int64($0)) } ?? .null,
                  useCaseBefore.map(SQLValue.text) ?? .null])
    }

    /// A consumer's backing of `need` set to exactly this importance and use case.
    func setBacking(need: Int64, consumer: Int64, importance: Int, useCase: String?, at: Int64) throws {
        try database.run("""
            INSERT INTO need_backings (need_id, consumer_id, weight, backed_at, importance, use_case)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6)
            ON CONFLICT (need_id, consumer_id) DO UPDATE SET importance = ?5, weight = ?3, use_case = ?6
            """, [.integer(need), .integer(consumer), .integer(Int64(4 - importance)), .integer(at),
                  .integer(Int64(importance)), useCase.map(SQLValue.text) ?? .null])
    }

    /// Marks need `id` merged into `target`, remembering its status before.
    func markMerged(_ id: Int64, into target: Int64, statusBefore: NeedStatus) throws {
        try database.run("INSERT OR REPLACE INTO need_merges (merged_id, status_before) VALUES (?, ?)",
                         [.integer(id), .text(statusBefore.rawValue)])
        try database.run("UPDATE needs SET status = \(NeedStatus.merged.sql), merged_into = ?, version = version + 1 WHERE id = ?",
                         [.integer(target), .integer(id)])
    }

    /// The need a merged need joined, nil when it is not merged.
    func mergedInto(_ id: Int64) throws -> Int64? {
        try database.first("SELECT merged_into FROM needs WHERE id = ? AND status = \(NeedStatus.merged.sql)", [.integer(id)], { $0.int(0) })
    }

    /// Takes a merge of need `id` into `target` back: the backings it added
    /// to the target go, those it changed are as before, need `id` has its
    /// status before again. Returns that status.
    func undoMerge(_ id: Int64, from target: Int64) throws -> String {
        try database.run("""
            DELETE FROM need_backings WHERE need_id = ?1 AND consumer_id IN
                (SELECT consumer_id FROM need_merge_backings WHERE merged_id = ?2 AND added = 1)
            """, [.integer(target), .integer(id)])
        try database.run("""
            UPDATE need_backings SET
                importance = (SELECT importance_before FROM need_merge_backings m
                              WHERE m.merged_id = ?2 AND m.consumer_id = need_backings.consumer_id),
                weight = 4 - (SELECT importance_before FROM need_merge_backings m
                              WHERE m.merged_id = ?2 AND m.consumer_id = need_backings.consumer_id),
                use_case = (SELECT use_case_before FROM need_merge_backings m
                            WHERE m.merged_id = ?2 AND m.consumer_id = need_backings.consumer_id)
            WHERE need_id = ?1 AND consumer_id IN (SELECT consumer_id FROM need_merge_backings WHERE merged_id = ?2 AND added = 0)
            """, [.integer(target), .integer(id)])
        let status = try database.first("SELECT status_before FROM need_merges WHERE merged_id = ?", [.integer(id)]) {
            $0.string(0)
        } ?? NeedStatus.collected.rawValue
        try database.run("DELETE FROM need_merge_backings WHERE merged_id = ?", [.integer(id)])
        try database.run("DELETE FROM need_merges WHERE merged_id = ?", [.integer(id)])
        try database.run("UPDATE needs SET status = ?, merged_into = NULL, version = version + 1 WHERE id = ?",
                         [.text(status), .integer(id)])
        return status
    }
}
