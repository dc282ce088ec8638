import SegmentCore

extension EffectRunner {
    /// A consumer's onboarding and agreement, its contacts and services.
    func consumerOutcome(_ work: ConsumerEffect, state: AppState, keeping: Bool) throws -> Action? {
        switch work {
        case let .prepareStage(consumerID, stage, note, seen):
            let edit = ConsumerEffect.edit(consumerID: consumerID, .stage(stage, note: note), seen: seen)
            let gaps = try store.consumerDesk.stageGaps(consumerID: consumerID, to: stage)
            guard gaps.isEmpty else {
                return .confirmationPrepared(Confirmation(
                    question: Wording("Move the consumer to {1} anyway? The move:", stage.rawValue),
                    preview: gaps.map { Wording("- {1}", $0) }, effect: .consumers(edit)))
            }
            return try consumerOutcome(edit, state: state, keeping: keeping)
        case let .edit(consumerID, edit, seen):
            let result = try store.consumerDesk.edit(edit, consumerID: consumerID, seenVersion: seen)
            return .changeMade(.consumerEdit(ConsumerEditChange(consumerID: consumerID, edit: edit, result: result)))
        case let .acceptAgreement(consumerID, version):
            let name = try store.agreementDesk.acceptAgreement(consumerID: consumerID, version: version)
            return .recordChanged(RecordChange.consumers(.agreementAccepted(consumerName: name, version: version)))
        case let .recordLegalDeclaration(consumerID, declaredAt, reference, seen):
            let name = try store.consumerDesk.recordLegalDeclaration(consumerID: consumerID, declaredAt: declaredAt, reference: reference,
                                                                    seenVersion: seen)
            return .recordChanged(RecordChange.consumers(.legalDeclarationRecorded(consumerName: name)))
        case .prepareAcceptanceRequests(let version):
            let requests = try store.agreementDesk.acceptanceRequests(version: version, keepingPersonalData: keeping)
            guard let first = requests.first else {
                return .failed(.refused(.everyoneAsked(version: version)))
            }
            let found = requests.reduce(0) { $0 + $1.message.identityNumbers }
            return .confirmationPrepared(confirmation(
                Self.askingOverTheFirst(Wording("Ask {1} to accept agreement version {2}, one message each ({3})?",
                                                Wording.counted(requests.count, "{1} consumer", "{1} consumers"), version,
                                                Self.numbersNote(found, kept: keeping))),
                preview: Confirmation.lines(of: first.message), effect: .consumers(.requestAcceptance(version: version)), prepare: .consumers(work),
                numbers: found, keeping: keeping))
        case .requestAcceptance(let version):
            let queued = try store.agreementDesk.requestAcceptance(version: version, keepingPersonalData: keeping)
            return .recordChanged(RecordChange.consumers(.acceptanceRequested(consumers: queued, version: version)))
        case let .tickChecklist(consumerID, step, stage, ticked):
            let text = try store.consumerDesk.tick(consumerID: consumerID, step: step, stage: stage, ticked: ticked)
            return .recordChanged(RecordChange.consumers(.checklistTicked(step: text, ticked: ticked)))
        case .registerConsumer(let registration):
            try store.consumerDesk.registerConsumer(registration)
            return .recordChanged(RecordChange.consumers(.registered(consumerName: registration.name)))
        }
    }
}
