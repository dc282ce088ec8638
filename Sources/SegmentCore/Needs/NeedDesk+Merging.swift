extension NeedDesk {
    /// Merges need `id` into need `target`, which says the same: every
    /// backer is carried over (a consumer backing both keeps the more
    /// important of its two backings and both use cases), the merged need is
    /// kept as `merged` pointing to `target`, never deleted; journalled. What
    /// changed on `target` is kept so `unmergeNeed` can take it back.
    /// Refused when need `id` changed since version `seenVersion`.
    public func mergeNeed(_ id: Int64, into target: Int64, seenVersion: Int? = nil) throws {
        guard id != target else { throw StoreError.refused(Refusal.mergeIntoItself(needID: id)) }
        try store.database.inTransaction {
            try requireVersion(seenVersion, of: id)
            let status = try needStatus(id)
            guard status != .merged else { throw StoreError.refused(Refusal.alreadyMerged(needID: id)) }
            guard try needStatus(target) != .merged else {
                throw StoreError.refused(Refusal.mergeIntoMerged(needID: target))
            }
            let backings = try store.needs.backingsToMerge(id, into: target)
            for backing in backings {
                try store.needs.rememberMergedBacking(of: id, consumer: backing.consumer, added: !backing.both,
                                                importanceBefore: backing.targetImportance, useCaseBefore: backing.targetUseCase)
                let importance = min(backing.importance, backing.targetImportance ?? backing.importance)
                let useCases = [backing.targetUseCase, backing.useCase].compactMap { $0 }
                let useCase = uniqueInOrder(useCases).joined(separator: "; ")
                try store.needs.setBacking(need: target, consumer: backing.consumer, importance: importance,
                                     useCase: useCase.isEmpty ? nil : useCase, at: store.now())
            }
            try store.needs.markMerged(id, into: target, statusBefore: status)
            try rescoreNeed(id)
            try rescoreNeed(target)
            try store.journal(entity: .need, id: id, action: .merged, after: "into=\(target) backers=\(backings.count)")
            try store.journal(entity: .need, id: target, action: .needMergedIn, after: "from=\(id) backers=\(backings.count)")
        }
    }

    /// Takes a merge back: the need it joined gets each backing back as it
    /// was, and the merged need its status before; journalled.
    public func unmergeNeed(_ id: Int64) throws {
        try store.database.inTransaction {
            guard let target = try store.needs.mergedInto(id) else {
                throw StoreError.refused(Refusal.notMerged(needID: id))
            }
            let status = try store.needs.undoMerge(id, from: target)
            try rescoreNeed(id)
            try rescoreNeed(target)
            try store.journal(entity: .need, id: id, action: .mergeUndone, before: "status=merged into=\(target)", after: "status=\(status)")
        }
    }
}

/// The texts once each, in their first order.
private func uniqueInOrder(_ texts: [String]) -> [String] {
    var seen = Set<String>()
    return texts.filter { seen.insert($0).inserted }
}
