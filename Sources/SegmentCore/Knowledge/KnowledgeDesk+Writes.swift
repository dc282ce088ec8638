extension KnowledgeDesk {
    /// The fields an article is edited by, as `:edit` names them and the
    /// import's columns are called.
    public static let editableFields = ["title_nb", "text_nb", "title_en", "text_en", "services", "error_codes", "tags", "status", "source",
                                        "provider_reference", "clarified_at"]

    /// Writes an article from a form's fields (named as the import's),
    /// checked as an import checks a record; returns its id.
    @discardableResult
    public func writeArticle(_ fields: [String: String]) throws -> Int64 {
        let record = try checked(fields.mapValues { $0.isEmpty ? FieldValue.null : .text($0) })
        return try store.database.inTransaction {
            let id = try store.knowledge.insert(try repositoryFields(record), author: store.operatorLogin, at: store.now())
            try store.journal(entity: .article, id: id, action: .written, after: Self.summary(record))
            return id
        }
    }

    /// Changes one field of article `id` (empty `value` clears it), refused
    /// when another operator changed the article since version `seen`; the
    /// journal keeps the field before and after.
    public func editArticle(id: Int64, field: String, value: String, seen: Int?) throws {
        guard Self.editableFields.contains(field) else {
            throw StoreError.refused(.unknownField(field: field, known: Self.editableFields.joined(separator: ", ")))
        }
        try store.database.inTransaction {
            guard let article = try store.knowledge.article(id) else { throw StoreError.notFound(entity: .article, id: id) }
            try store.journalEntries.refuseStale(.article, id: id, version: article.version, seen: seen)
            var fields = Self.fields(of: article)
            let before = fields[field] ?? ""
            guard before != value else { throw StoreError.refused(.articleUnchanged(article: id, field: field)) }
            fields[field] = value
            let record = try checked(fields.mapValues { $0.isEmpty ? FieldValue.null : .text($0) })
            try store.knowledge.update(id, try repositoryFields(record), at: store.now())
            try store.journal(entity: .article, id: id, action: .updated, before: "\(field)=\(before)", after: "\(field)=\(value)")
        }
    }

    /// An article's fields as text, named as the import's columns.
    static func fields(of article: Article) -> [String: String] {
        var fields = ["title_nb": article.bokmal?.title ?? "", "text_nb": article.bokmal?.text ?? "", "title_en": article.english?.title ?? "",
                      "text_en": article.english?.text ?? "", "services": article.serviceKeys.joined(separator: " "),
                      "error_codes": article.errorCodes.joined(separator: ", "), "tags": article.tags.joined(separator: " "),
                      "status": article.status.rawValue, "source": article.source.rawValue, "provider_reference": article.providerReference ?? ""]
        fields["clarified_at"] = article.clarifiedAt.map(Timestamp.iso) ?? ""
        return fields
    }

    /// The record the fields make, or the refusal naming what is wrong.
    private func checked(_ fields: [String: FieldValue]) throws -> IncomingArticle {
        switch IncomingArticle.check(fields, line: 0, file: "") {
        case .good(let record): return record
        case .bad(let problems):
            throw StoreError.refused(.articleProblem(problems.map { "\($0.field): \($0.message)" }.joined(separator: "; ")))
        }
    }

    private func repositoryFields(_ record: IncomingArticle) throws -> KnowledgeRepository.Fields {
        let services = try store.knownServices()
        if let unknown = record.serviceKeys.first(where: { services[$0] == nil }) { throw StoreError.refused(services.unknown(unknown)) }
        return KnowledgeRepository.Fields(bokmal: record.bokmal, english: record.english, serviceIDs: record.serviceKeys.compactMap { services[$0] },
                                          errorCodes: record.errorCodes, tags: record.tags, status: record.status, source: record.source,
                                          providerReference: record.providerReference, clarifiedAt: record.clarifiedAt)
    }

    private static func summary(_ record: IncomingArticle) -> String {
        "status=\(record.status.rawValue) source=\(record.source.rawValue) languages=" + [record.bokmal.map { _ in "nb" }, record.english.map { _ in "en" }]
            .compactMap { $0 }.joined(separator: ",")
    }
}

extension KnowledgeDesk {
    /// A draft information notice made of article `id`, for the consumers
    /// of its services (every service when it names none): the bokmål text,
    /// and the English after it when the article has both. It is published
    /// as any notice is, from its box; the journal ties it to the article.
    public func draftNotice(fromArticle id: Int64) throws -> Int64 {
        guard let article = try store.knowledge.article(id) else { throw StoreError.notFound(entity: .article, id: id) }
        guard article.status == .published else { throw StoreError.refused(.articleNotPublished(article: id, status: article.status.rawValue)) }
        let first = article.bokmal ?? article.english!
        let body = [article.bokmal, article.english].compactMap { $0 }.map { $0.title + "\n\n" + $0.text }.joined(separator: "\n\n----\n\n")
        let services = article.serviceKeys.isEmpty ? try store.knownServices().ids.keys.sorted() : article.serviceKeys
        return try store.database.inTransaction {
            let (notice, _) = try store.noticeDesk.writeNotice(NoticeDraft(kind: .information, title: first.title, body: body, serviceKeys: services,
                                                                           effectiveAt: store.now(), deadline: nil, breaking: false))
            try store.journal(entity: .article, id: id, action: .published, after: "notice=\(notice) status=draft")
            return notice
        }
    }
}
