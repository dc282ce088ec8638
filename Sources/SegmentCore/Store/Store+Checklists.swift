extension Store {
    func checklistTicks(consumerID: Int64) throws -> [ChecklistTick] {
        try database.rows("""
            SELECT stage, step, ticked_at, ticked_by FROM checklist_ticks WHERE consumer_id = ? ORDER BY stage, step
            """, [.integer(consumerID)]) {
            ChecklistTick(stage: OnboardingStage(rawValue: $0.string(0)) ?? .registered, step: $0.integer(1), at: $0.int(2),
                          by: $0.string(3))
        }
    }

    /// Ticks step `step` (from 1) of a stage's checklist for a consumer, or
    /// takes the tick back; the stage is the consumer's own unless named.
    /// Journalled. Refused for a step the configuration does not list.
    /// Returns the step's text.
    @discardableResult
    public func tick(consumerID: Int64, step: Int, stage named: OnboardingStage?, ticked: Bool) throws -> String {
        try database.inTransaction {
            guard let current = try database.first("SELECT stage FROM consumers WHERE id = ?", [.integer(consumerID)], {
                OnboardingStage(rawValue: $0.string(0)) ?? .registered
            }) else { throw StoreError.notFound(entity: .consumer, id: consumerID) }
            let stage = named ?? current
            let steps = policy.checklists[stage] ?? []
            guard steps.indices.contains(step - 1) else {
                throw StoreError.invalid(steps.isEmpty
                    ? Wording("the configuration has no checklist for {1} (checklist.{1} = TEXT | LINK)", stage.rawValue)
                    : Wording("{1}'s checklist has steps 1 to {2}, not {3}", stage.rawValue, steps.count, step))
            }
            if ticked {
                try database.run("""
                    INSERT OR REPLACE INTO checklist_ticks (consumer_id, stage, step, ticked_at, ticked_by) VALUES (?, ?, ?, ?, ?)
                    """, [.integer(consumerID), .text(stage.rawValue), .integer(Int64(step)), .integer(now()), .text(operatorLogin)])
            } else {
                try database.run("DELETE FROM checklist_ticks WHERE consumer_id = ? AND stage = ? AND step = ?",
                                 [.integer(consumerID), .text(stage.rawValue), .integer(Int64(step))])
            }
            try journal(entity: .consumer, id: consumerID, action: ticked ? .checklistTicked : .checklistUnticked,
                        after: "stage=\(stage.rawValue) step=\(step) \(steps[step - 1].text)")
            return steps[step - 1].text
        }
    }
}
