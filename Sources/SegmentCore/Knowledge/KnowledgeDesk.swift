/// The knowledge base's work: articles imported, written and changed with
/// their history, the known answers of the configuration adopted as
/// articles, and replies answered from an article.
public struct KnowledgeDesk {
    let store: Store
}

extension Store {
    /// The work on the knowledge base.
    public var knowledgeDesk: KnowledgeDesk { KnowledgeDesk(store: self) }
}

/// What an import of articles did.
public struct ArticleImportReport: Equatable, Sendable {
    public var imported = 0
    public var duplicates = 0
    public var skipped: [IntakeProblem]

    public init(skipped: [IntakeProblem]) { self.skipped = skipped }
}

extension KnowledgeDesk {
    /// Imports articles in one transaction; an article whose title is
    /// already an article's is a duplicate. Every service must be known;
    /// unless `skipBad`, one bad record refuses it all.
    public func importArticles(_ contents: IntakeChunk<IncomingArticle>, file: String, skipBad: Bool) throws -> ArticleImportReport {
        let services = try store.knownServices()
        var bad = contents.problems
        var good: [(IncomingArticle, [Int64])] = []
        for record in contents.records {
            let unknown = record.serviceKeys.filter { services[$0] == nil }
            for key in unknown {
                bad.append(IntakeProblem(file: file, line: record.line, field: "services", message: services.unknown(key).description))
            }
            if unknown.isEmpty { good.append((record, record.serviceKeys.compactMap { services[$0] })) }
        }
        bad = try ImportRefused.skipping(bad, skipBad: skipBad)
        return try store.database.inTransaction {
            var report = ArticleImportReport(skipped: bad)
            for (record, serviceIDs) in good {
                if try [record.bokmal?.title, record.english?.title].compactMap({ $0 }).contains(where: store.knowledge.exists(title:)) {
                    report.duplicates += 1
                    continue
                }
                let id = try store.knowledge.insert(KnowledgeRepository.Fields(
                    bokmal: record.bokmal, english: record.english, serviceIDs: serviceIDs, errorCodes: record.errorCodes, tags: record.tags,
                    status: record.status, source: record.source, providerReference: record.providerReference, clarifiedAt: record.clarifiedAt),
                    author: store.operatorLogin, at: store.now())
                try store.journal(entity: .article, id: id, action: .imported, after: "file=\(file) status=\(record.status.rawValue)")
                report.imported += 1
            }
            return report
        }
    }

    /// The known answers of the configuration, each an article once (tagged
    /// `known-answer`, titled by its code; a text written without a language
    /// is its bokmål) unless an article is about its code already; the file keeps answering as before. Returns how many
    /// became articles now.
    @discardableResult
    public func adopt(_ answers: KnownAnswers) throws -> Int {
        // Read by the codes' index first: the dashboard asks at every start, and
        // takes the write lock only when there is something to write.
        let pending = try answers.answers.sorted(by: { $0.key < $1.key }).filter { try !store.knowledge.covers(code: $0.key) }
        guard !pending.isEmpty else { return 0 }
        return try store.database.inTransaction {
            var adopted = 0
            for (code, texts) in pending where try !store.knowledge.covers(code: code) {
                let bokmal = (texts[.bokmal] ?? texts[nil]).map { ArticleText(title: code, text: $0) }
                let english = texts[.english].map { ArticleText(title: code, text: $0) }
                guard bokmal != nil || english != nil else { continue }
                let id = try store.knowledge.insert(KnowledgeRepository.Fields(
                    bokmal: bokmal, english: english, serviceIDs: [], errorCodes: [code], tags: ["known-answer"], status: .published,
                    source: .own, providerReference: nil, clarifiedAt: nil), author: store.operatorLogin, at: store.now())
                try store.journal(entity: .article, id: id, action: .imported, after: "known-answers code=\(code)")
                adopted += 1
            }
            return adopted
        }
    }

    /// The reply that answers incident `incidentID` with article `articleID`,
    /// in the reporter's language (the other when the article lacks it).
    public func answer(incidentID: Int64, articleID: Int64, keepingPersonalData: Bool = false) throws -> PlannedMessage {
        try Replies(store: store).message(incidentID: incidentID, text: try answerText(incidentID: incidentID, articleID: articleID),
                                          keepingPersonalData: keepingPersonalData)
    }

    /// Sends that reply, resolves the incident as answered and counts the
    /// article's use, in one transaction.
    public func sendAnswer(incidentID: Int64, articleID: Int64, keepingPersonalData: Bool = false) throws {
        try store.database.inTransaction {
            try Replies(store: store).send(incidentID: incidentID, text: try answerText(incidentID: incidentID, articleID: articleID),
                                           resolution: .answered, keepingPersonalData: keepingPersonalData)
            try store.knowledge.recordUse(articleID, incident: incidentID, at: store.now())
            try store.journal(entity: .article, id: articleID, action: .replied, after: "incident=\(incidentID)")
        }
    }

    /// The article's title and text in the reporter's language, else the other.
    private func answerText(incidentID: Int64, articleID: Int64) throws -> String {
        guard let article = try store.knowledge.article(articleID), let text = article.text(in: try Replies(store: store).codeAndLanguage(incidentID: incidentID).language) else {
            throw StoreError.notFound(entity: .article, id: articleID)
        }
        return text.title + "\n\n" + text.text
    }

    /// The articles proposed for incident `id`: its code's first, then its
    /// service's and its words', three at most.
    public func proposals(incidentID: Int64) throws -> [ArticleProposal] {
        guard let facts = try store.incidents.fingerprint(id: incidentID) else { return [] }
        return try store.knowledge.proposals(code: facts.code, serviceID: facts.service, words: facts.title)
    }
}
