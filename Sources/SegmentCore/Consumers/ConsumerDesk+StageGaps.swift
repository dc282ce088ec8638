extension ConsumerDesk {
    /// What a move of the consumer to `stage` would skip or leave undone,
    /// one line each, for the operator to see before it is made: stages
    /// jumped over, the newest agreement not accepted (on the way to
    /// production), checklist steps not ticked at the stages it leaves.
    /// Empty for a step forward with everything done, and for a move back
    /// (which needs a note instead).
    public func stageGaps(consumerID: Int64, to stage: OnboardingStage) throws -> [Wording] {
        guard let found = try store.consumers.nameAndStage(id: consumerID) else { throw StoreError.notFound(entity: .consumer, id: consumerID) }
        let pipeline = OnboardingStage.pipeline
        guard let from = pipeline.firstIndex(of: found.stage), let to = pipeline.firstIndex(of: stage), to > from else { return [] }
        var gaps: [Wording] = []
        // One line per stage jumped over, so each reads whole in a box at 80 columns.
        gaps += pipeline[(from + 1)..<to].map { Wording("skips {1}", $0.rawValue) }
        if to >= pipeline.firstIndex(of: .authorisedProduction)!, let version = try store.agreements.currentVersion(),
           try !store.agreements.hasAccepted(consumerID: consumerID, version: Int64(version)) {
            gaps.append(Wording("has not accepted agreement version {1}", version))
        }
        let ticked = try store.consumers.checklistTicks(consumerID: consumerID)
        for passed in pipeline[from..<to] {
            let steps = store.policy.checklists[passed]?.count ?? 0
            let done = Set(ticked.filter { $0.stage == passed }.map(\.step)).filter { (1...max(1, steps)).contains($0) }.count
            if steps > done {
                gaps.append(Wording("{1} of {2} at {3} not ticked", steps - done, Wording.counted(steps, "{1} checklist step", "{1} checklist steps"),
                                    passed.rawValue))
            }
        }
        return gaps
    }
}
