import SegmentCore

/// Runs effects against the store and the theme library, turning each answer
/// into an action for the reducer. Terminal effects (redraw, quit) are left
/// to the caller.
public struct EffectRunner {
    let store: Store
    let themes: ThemeLibrary

    public init(store: Store, themes: ThemeLibrary) {
        self.store = store
        self.themes = themes
    }

    /// The action that reports the effect's outcome, or nil when it has none.
    /// With `keeping`, messages keep the identity numbers they hold.
    public func run(_ effect: Effect, state: AppState, keeping: Bool = false) -> Action? {
        do {
            switch effect {
            case .loadPane, .locateRecord, .countPane, .loadOverview, .openRecord, .readRecordAhead, .loadPreview, .applyTheme, .loadOutbox, .loadAlerts, .loadAgreements,
                 .loadMessages, .loadMessage,
                 .loadDigest, .loadStatistics:
                return try read(effect, state: state, keeping: keeping)
            case .incidents(let work): return try incidentOutcome(work, state: state, keeping: keeping)
            case .cases(let work): return try caseOutcome(work, state: state, keeping: keeping)
            case .notices(let work): return try noticeOutcome(work, state: state, keeping: keeping)
            case .needs(let work): return try needOutcome(work, state: state, keeping: keeping)
            case .consumers(let work): return try consumerOutcome(work, state: state, keeping: keeping)
            case .providers(let work): return try providerOutcome(work, state: state, keeping: keeping)
            case .knowledge(let work): return try knowledgeOutcome(work, state: state, keeping: keeping)
            case .undo(let change):
                try change.change.undo(in: store)
                return .changeUndone(change)
            case .acknowledgeAlert(let id):
                let alert = try store.alertDesk.acknowledge(id, via: "dashboard")
                return .alertAcknowledged(alert, remaining: try store.alerts.open())
            case .retryFailedMessages:
                try store.retryFailedMessages(ids: nil)
                return .sheetLoaded(.outbox(try store.outbox.review()))
            case let .addNote(kind, id, text):
                try store.triageDesk.addNote(entity: kind.entity, id: id, text: text)
                return .recordChanged(RecordChange.incidents(.noteAdded(kind.entity, id: id)))
            case .keepingPersonalData(let inner):
                return run(inner, state: state, keeping: true)
            case .redrawFully, .quit:
                return nil
            }
        } catch let error as DatabaseError where error.isReadOnlyRefusal {
            return .failed(.readOnly(path: store.path, reason: store.readOnlyReason ?? ReadOnlyReason.of(store.path)))
        } catch let error as StoreError {
            return .failed(error)
        } catch {
            return .failed(.refused(.unexpected(String(describing: error))))
        }
    }

    /// The box before a message effect: `y` runs it (keeping the numbers
    /// when the operator chose to), `p` prepares it again with them kept.
    func confirmation(_ question: Wording, preview: [Wording], effect: Effect, prepare: Effect, numbers: Int,
                      keeping: Bool) -> Confirmation {
        Confirmation(question: question, preview: preview, effect: keeping ? .keepingPersonalData(effect) : effect,
                     keepEffect: numbers > 0 && !keeping ? .keepingPersonalData(prepare) : nil)
    }

    /// What a confirmation says of the identity numbers its messages held.
    static func numbersNote(_ count: Int, kept: Bool) -> Wording {
        guard count > 0 else { return "no national identity numbers found" }
        let numbers = Wording.counted(count, "{1} national identity number", "{1} national identity numbers")
        return kept ? Wording("{1} KEPT as written: the recipients will see them", numbers) : Wording("{1} masked (p keeps them)", numbers)
    }

    /// A question before messages to many, then the line that leads into the first of them.
    static func askingOverTheFirst(_ question: Wording) -> Wording {
        Wording("{1} {2}", question, Wording("The first:"))
    }
}
