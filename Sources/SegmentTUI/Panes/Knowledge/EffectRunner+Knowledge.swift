import SegmentCore

extension EffectRunner {
    /// Articles written and changed, and incidents answered from one.
    func knowledgeOutcome(_ work: KnowledgeEffect, state: AppState, keeping: Bool) throws -> Action? {
        switch work {
        case .write(let fields):
            return .recordChanged(.knowledge(.written(articleID: try store.knowledgeDesk.writeArticle(fields))))
        case let .edit(id, field, value, seen):
            try store.knowledgeDesk.editArticle(id: id, field: field, value: value, seen: seen)
            return .recordChanged(.knowledge(.edited(articleID: id, field: field)))
        case let .prepareAnswer(incidentID, articleID):
            guard let article = try articleID ?? store.knowledgeDesk.proposals(incidentID: incidentID).first?.article else {
                throw StoreError.refused(.noArticleFor(incidentID: incidentID))
            }
            let message = try store.knowledgeDesk.answer(incidentID: incidentID, articleID: article, keepingPersonalData: keeping)
            return .confirmationPrepared(confirmation(
                Wording("Answer incident #{1} with article #{2}, sent to {3} and resolved as answered? One message; {4}.", incidentID, article,
                        message.recipient, Self.numbersNote(message.identityNumbers, kept: keeping)),
                preview: Confirmation.lines(of: message), effect: .knowledge(.sendAnswer(incidentID: incidentID, articleID: article)),
                prepare: .knowledge(work), numbers: message.identityNumbers, keeping: keeping))
        case let .prepareAskProvider(incidentID, question):
            let message = try store.knowledgeDesk.clarificationRequest(incidentID: incidentID, question: question, keepingPersonalData: keeping)
            return .confirmationPrepared(confirmation(
                Wording("Ask the provider ({1}) to clarify incident #{2}, as a question case? One message; {3}.", message.recipient, incidentID,
                        Self.numbersNote(message.identityNumbers, kept: keeping)),
                preview: Confirmation.lines(of: message), effect: .knowledge(.askProvider(incidentID: incidentID, question: question)),
                prepare: .knowledge(work), numbers: message.identityNumbers, keeping: keeping))
        case let .askProvider(incidentID, question):
            let caseID = try store.knowledgeDesk.askProvider(incidentID: incidentID, question: question, keepingPersonalData: keeping)
            return .recordChanged(.knowledge(.asked(incidentID: incidentID, caseID: caseID)))
        case .draftArticle(let caseID):
            return .recordChanged(.knowledge(.written(articleID: try store.knowledgeDesk.draftArticle(fromCase: caseID))))
        case .publishAsNotice(let articleID):
            let notice = try store.knowledgeDesk.draftNotice(fromArticle: articleID)
            return try noticeOutcome(.preparePublication(noticeID: notice), state: state, keeping: keeping)
        case let .sendAnswer(incidentID, articleID):
            try store.knowledgeDesk.sendAnswer(incidentID: incidentID, articleID: articleID, keepingPersonalData: keeping)
            return .recordChanged(.knowledge(.answered(incidentID: incidentID, articleID: articleID)))
        }
    }
}
