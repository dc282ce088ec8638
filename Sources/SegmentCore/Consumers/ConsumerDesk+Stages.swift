extension ConsumerDesk {
    /// Moves a consumer to an onboarding stage, journalled with the note. A
    /// step back down the pipeline, or to suspended, needs a note saying why.
    /// Returns the consumer's name, for the operator's status line.
    @discardableResult
    public func setStage(consumerID: Int64, to stage: OnboardingStage, note: String?) throws -> String {
        let note = note.map { MailHeader.oneLine($0).trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        return try store.database.inTransaction {
            guard let found = try store.consumers.nameAndStage(id: consumerID) else { throw StoreError.notFound(entity: .consumer, id: consumerID) }
            guard found.stage != stage else { throw StoreError.refused(Refusal.alreadyAtStage(consumer: found.name, stage: stage.rawValue)) }
            if found.stage.needsNote(movingTo: stage) && note == nil {
                throw StoreError.refused(Refusal.stageNeedsNote(consumer: found.name, from: found.stage.rawValue, to: stage.rawValue))
            }
            try store.consumers.setStage(stage, id: consumerID)
            try store.journal(entity: .consumer, id: consumerID, action: .stage, before: "stage=\(found.stage.rawValue)",
                        after: "stage=\(stage.rawValue)" + (note.map { " note=\($0)" } ?? ""))
            return found.name
        }
    }
}
