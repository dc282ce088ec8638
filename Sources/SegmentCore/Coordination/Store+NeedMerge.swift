extension Store {
    /// Merges need `id` into need `target`, which says the same: every
    /// backer is carried over (a consumer backing both keeps the more
    /// important of its two backings and both use cases), the merged need is
    /// kept as `merged` pointing to `target`, never deleted; journalled. What
    /// changed on `target` is kept so `unmergeNeed` can take it back.
    public func mergeNeed(_ id: Int64, into target: Int64) throws {
        guard id != target else { throw StoreError.invalid(Wording("need #{1} cannot be merged into itself", id)) }
        try database.inTransaction {
            let status = try needStatus(id)
            guard status != .merged else { throw StoreError.invalid(Wording("need #{1} is already merged", id)) }
            guard try needStatus(target) != .merged else {
                throw StoreError.invalid(Wording("need #{1} is merged itself; merge into the need it joined", target))
            }
            let backings = try database.rows("""
                SELECT b.consumer_id, b.importance, b.use_case, t.importance, t.use_case, t.consumer_id IS NOT NULL
                FROM need_backings b LEFT JOIN need_backings t ON t.need_id = ?2 AND t.consumer_id = b.consumer_id
                WHERE b.need_id = ?1
                """, [.integer(id), .integer(target)]) {
                (consumer: $0.int(0), importance: $0.integer(1), useCase: $0.optionalString(2),
                 targetImportance: $0.isNull(3) ? nil : $0.integer(3), targetUseCase: $0.optionalString(4), both: $0.integer(5) != 0)
            }
            for backing in backings {
                try database.run("""
                    INSERT INTO need_merge_backings (merged_id, consumer_id, added, importance_before, use_case_before)
                    VALUES (?, ?, ?, ?, ?)
                    """, [.integer(id), .integer(backing.consumer), .integer(backing.both ? 0 : 1),
                          backing.targetImportance.map { .integer(Int64($0)) } ?? .null,
                          backing.targetUseCase.map(SQLValue.text) ?? .null])
                let importance = min(backing.importance, backing.targetImportance ?? backing.importance)
                let useCases = [backing.targetUseCase, backing.useCase].compactMap { $0 }
                let useCase = uniqueInOrder(useCases).joined(separator: "; ")
                try database.run("""
                    INSERT INTO need_backings (need_id, consumer_id, weight, backed_at, importance, use_case)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                    ON CONFLICT (need_id, consumer_id) DO UPDATE SET importance = ?5, weight = ?3, use_case = ?6
                    """, [.integer(target), .integer(backing.consumer), .integer(Int64(4 - importance)), .integer(now()),
                          .integer(Int64(importance)), useCase.isEmpty ? .null : .text(useCase)])
            }
            try database.run("INSERT OR REPLACE INTO need_merges (merged_id, status_before) VALUES (?, ?)",
                             [.integer(id), .text(status.rawValue)])
            try database.run("UPDATE needs SET status = \(NeedStatus.merged.sql), merged_into = ?, version = version + 1 WHERE id = ?",
                             [.integer(target), .integer(id)])
            try rescoreNeed(id)
            try rescoreNeed(target)
            try journal(entity: .need, id: id, action: .merged, after: "into=\(target) backers=\(backings.count)")
            try journal(entity: .need, id: target, action: .needMergedIn, after: "from=\(id) backers=\(backings.count)")
        }
    }

    /// Takes a merge back: the need it joined gets each backing back as it
    /// was, and the merged need its status before; journalled.
    public func unmergeNeed(_ id: Int64) throws {
        try database.inTransaction {
            guard let target = try database.first("SELECT merged_into FROM needs WHERE id = ? AND status = \(NeedStatus.merged.sql)",
                                                  [.integer(id)], { $0.int(0) }) else {
                throw StoreError.invalid(Wording("need #{1} is not merged", id))
            }
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
            try rescoreNeed(id)
            try rescoreNeed(target)
            try journal(entity: .need, id: id, action: .mergeUndone, before: "status=merged into=\(target)", after: "status=\(status)")
        }
    }
}

/// The texts once each, in their first order.
private func uniqueInOrder(_ texts: [String]) -> [String] {
    var seen = Set<String>()
    return texts.filter { seen.insert($0).inserted }
}
