extension ConsumerDesk {
    /// Ticks step `step` (from 1) of a stage's checklist for a consumer, or
    /// takes the tick back; the stage is the consumer's own unless named.
    /// Journalled. Refused for a step the configuration does not list.
    /// Returns the step's text.
    @discardableResult
    public func tick(consumerID: Int64, step: Int, stage named: OnboardingStage?, ticked: Bool) throws -> String {
        try store.database.inTransaction {
            guard let current = try store.consumers.nameAndStage(id: consumerID)?.stage else {
                throw StoreError.notFound(entity: .consumer, id: consumerID)
            }
            let stage = named ?? current
            let steps = store.policy.checklists[stage] ?? []
            guard steps.indices.contains(step - 1) else {
                throw StoreError.refused(steps.isEmpty
                    ? Refusal.noChecklist(stage: stage.rawValue)
                    : Refusal.noSuchStep(stage: stage.rawValue, steps: steps.count, step: step))
            }
            try store.consumers.setTick(consumerID: consumerID, stage: stage, step: step, ticked: ticked, by: store.operatorLogin)
            try store.journal(entity: .consumer, id: consumerID, action: ticked ? .checklistTicked : .checklistUnticked,
                        after: "stage=\(stage.rawValue) step=\(step) \(steps[step - 1].text)")
            return steps[step - 1].text
        }
    }
}
