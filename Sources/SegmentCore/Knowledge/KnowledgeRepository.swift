/// Every statement about the knowledge base: articles, what they are about,
/// their uses and their full-text index.
public struct KnowledgeRepository {
    let database: Database

    /// How far back a use counts towards an article's place in the pane.
    public static let recentWindow: Int64 = 90 * 86_400

    /// An article's fields as a write gives them.
    struct Fields {
        var bokmal: ArticleText?
        var english: ArticleText?
        var serviceIDs: [Int64]
        var errorCodes: [String]
        var tags: [String]
        var status: ArticleStatus
        var source: ArticleSource
        var providerReference: String?
        var clarifiedAt: Int64?
    }

    private static let columns = """
        a.id, a.title_nb, a.text_nb, a.title_en, a.text_en, a.status, a.source, a.provider_reference, a.clarified_at, a.author,
        a.created_at, a.updated_at, a.recent_uses, a.uses, a.version,
        (SELECT group_concat(key, ' ') FROM (SELECT s.key FROM article_services x JOIN services s ON s.id = x.service_id
          WHERE x.article_id = a.id ORDER BY s.key)),
        (SELECT group_concat(code, char(10)) FROM (SELECT code FROM article_codes WHERE article_id = a.id ORDER BY code)),
        (SELECT group_concat(tag, ' ') FROM (SELECT tag FROM article_tags WHERE article_id = a.id ORDER BY tag))
        """

    private static func article(_ row: Row) -> Article {
        func text(_ title: Int32, _ body: Int32) -> ArticleText? {
            guard let title = row.optionalString(title), let body = row.optionalString(body) else { return nil }
            return ArticleText(title: title, text: body)
        }
        return Article(id: row.int(0), bokmal: text(1, 2), english: text(3, 4), serviceKeys: row.optionalString(15)?.split(separator: " ").map(String.init) ?? [],
                       errorCodes: row.optionalString(16)?.split(separator: "\n").map(String.init) ?? [],
                       tags: row.optionalString(17)?.split(separator: " ").map(String.init) ?? [],
                       status: ArticleStatus(rawValue: row.string(5)) ?? .draft, source: ArticleSource(rawValue: row.string(6)) ?? .own,
                       providerReference: row.optionalString(7), clarifiedAt: row.optionalInt(8).map(Int64.init), author: row.string(9),
                       createdAt: row.int(10), updatedAt: row.int(11), recentUses: row.integer(12), uses: row.integer(13), version: row.integer(14))
    }

    public func article(_ id: Int64) throws -> Article? {
        try database.first("SELECT \(Self.columns) FROM articles a WHERE a.id = ?", [.integer(id)], Self.article)
    }

    /// Every article, oldest first, for the export: at most `limit` from id `after` on.
    public func articles(after: Int64 = 0, limit: Int = 1_000) throws -> [Article] {
        try database.rows("SELECT \(Self.columns) FROM articles a WHERE a.id > ? ORDER BY a.id LIMIT ?",
                          [.integer(after), .integer(Int64(limit))], Self.article)
    }

    /// Whether an article already has this title in bokmål or in English.
    func exists(title: String) throws -> Bool {
        try database.first("SELECT 1 FROM articles WHERE title_nb = ?1 AND title_nb IS NOT NULL UNION ALL SELECT 1 FROM articles WHERE title_en = ?1 AND title_en IS NOT NULL LIMIT 1",
                           [.text(title)], { _ in true }) != nil
    }

    /// Whether an article is about error code `code`.
    func covers(code: String) throws -> Bool {
        try database.first("SELECT 1 FROM article_codes WHERE code = ? LIMIT 1", [.text(ErrorCode.normalised(code))], { _ in true }) != nil
    }

    func insert(_ fields: Fields, author: String, at now: Int64) throws -> Int64 {
        try database.run("""
            INSERT INTO articles (title_nb, text_nb, title_en, text_en, status, source, provider_reference, clarified_at, author, created_at,
                                  updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, Self.values(fields) + [.text(author), .integer(now), .integer(now)])
        let id = database.lastInsertRowID
        try writeAbout(id, fields)
        return id
    }

    func update(_ id: Int64, _ fields: Fields, at now: Int64) throws {
        try database.run("""
            UPDATE articles SET title_nb = ?, text_nb = ?, title_en = ?, text_en = ?, status = ?, source = ?, provider_reference = ?,
                clarified_at = ?, updated_at = ?, version = version + 1 WHERE id = ?
            """, Self.values(fields) + [.integer(now), .integer(id)])
        for table in ["article_services", "article_codes", "article_tags"] {
            try database.run("DELETE FROM \(table) WHERE article_id = ?", [.integer(id)])
        }
        try database.run("DELETE FROM articles_fts WHERE rowid = ?", [.integer(id)])
        try writeAbout(id, fields)
    }

    private static func values(_ fields: Fields) -> [SQLValue] {
        let text = { (value: String?) in value.map(SQLValue.text) ?? .null }
        return [text(fields.bokmal?.title), text(fields.bokmal?.text), text(fields.english?.title), text(fields.english?.text),
                .text(fields.status.rawValue), .text(fields.source.rawValue), text(fields.providerReference),
                fields.clarifiedAt.map(SQLValue.integer) ?? .null]
    }

    /// The services, codes and tags of article `id`, and its words in the index.
    private func writeAbout(_ id: Int64, _ fields: Fields) throws {
        for service in Set(fields.serviceIDs) {
            try database.run("INSERT INTO article_services (article_id, service_id) VALUES (?, ?)", [.integer(id), .integer(service)])
        }
        for code in Set(fields.errorCodes) {
            try database.run("INSERT INTO article_codes (article_id, code) VALUES (?, ?)", [.integer(id), .text(code)])
        }
        for tag in Set(fields.tags) {
            try database.run("INSERT INTO article_tags (article_id, tag) VALUES (?, ?)", [.integer(id), .text(tag)])
        }
        let words = [fields.bokmal?.title, fields.bokmal?.text, fields.english?.title, fields.english?.text].compactMap { $0 }
            + fields.errorCodes + fields.tags
        try database.run("INSERT INTO articles_fts (rowid, words) VALUES (?, ?)", [.integer(id), .text(KnowledgeText.folded(words.joined(separator: "\n")))])
    }

    // MARK: the pane

    private static let select = """
        SELECT a.id, coalesce(a.title_nb, a.title_en), coalesce(a.title_en, a.title_nb), a.status, a.recent_uses, a.sort_uses,
               (SELECT group_concat(code, ' ') FROM article_codes WHERE article_id = a.id),
               (SELECT group_concat(s.key, ' ') FROM article_services x JOIN services s ON s.id = x.service_id WHERE x.article_id = a.id),
               CASE WHEN a.title_nb IS NOT NULL AND a.title_en IS NOT NULL THEN 'nb en' WHEN a.title_nb IS NOT NULL THEN 'nb' ELSE 'en' END,
               a.version
        FROM articles a
        """

    private static let window = KeysetWindow(select: select, keyColumns: ["a.sort_uses", "a.id"], filter: nil)

    private static func row(_ row: Row) -> ArticleRow {
        ArticleRow(id: row.int(0), title: Language.interface == .english ? row.string(2) : row.string(1),
                   status: ArticleStatus(rawValue: row.string(3)) ?? .draft, recentUses: row.integer(4), errorCodes: row.optionalString(6) ?? "",
                   serviceKeys: row.optionalString(7) ?? "", languages: row.string(8), version: row.integer(9), sortUses: row.integer(5))
    }

    /// The index's query for what the operator typed: every word, as a
    /// prefix, folded as the index holds them; nil when no word is long enough.
    static func match(_ filter: String) -> String? {
        let words = FullTextQuery.words(in: KnowledgeText.folded(filter))
        return words.isEmpty ? nil : words.map(FullTextQuery.prefix).joined(separator: " ")
    }

    private static let matching = "a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"

    /// One screenful of the pane, most used first; with a filter, the
    /// articles whose words match it.
    public func window(anchor: WindowAnchor, limit: Int, filter: String) throws -> [ArticleRow] {
        guard let match = Self.match(filter) else { return try database.window(Self.window, anchor: anchor, filter: nil, limit: limit, map: Self.row) }
        return try database.window(KeysetWindow(select: Self.select, keyColumns: Self.window.keyColumns, filter: Self.matching), anchor: anchor,
                                   filter: .text(match), limit: limit, map: Self.row)
    }

    public func count(filter: String) throws -> Int {
        guard let match = Self.match(filter) else { return try database.scalar("SELECT count(*) FROM articles") }
        return try database.scalar("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", [.text(match)])
    }

    /// The sort key of article `id` under `filter`, or nil when the pane does not show it.
    public func sortKey(id: Int64, filter: String) throws -> [SQLValue]? {
        let condition = Self.match(filter) == nil ? "" : " AND \(Self.matching)"
        return try database.first("SELECT a.sort_uses, a.id FROM articles a WHERE a.id = ?\(condition)",
                                  [.integer(id)] + (Self.match(filter).map { [SQLValue.text($0)] } ?? [])) { [.integer($0.int(0)), .integer($0.int(1))] }
    }

    // MARK: proposals and uses

    /// Published articles about `code` (by the code's index), then those
    /// whose words match the incident's own (by the full-text index), each
    /// scored: the code 100, the service 20, the words by their rank.
    public func proposals(code: String?, serviceID: Int64?, words: String, limit: Int = 3) throws -> [ArticleProposal] {
        var scored: [Int64: (score: Int, reasons: [String])] = [:]
        if let code {
            for id in try database.rows("""
                SELECT c.article_id FROM article_codes c JOIN articles a ON a.id = c.article_id WHERE c.code = ? AND a.status = \(ArticleStatus.published.sql)
                """, [.text(ErrorCode.normalised(code))], { $0.int(0) }) {
                scored[id, default: (0, [])].score += 100
                scored[id, default: (0, [])].reasons.append(ErrorCode.normalised(code))
            }
        }
        let terms = FullTextQuery.words(in: KnowledgeText.folded(words)).filter { $0.count >= 4 }
        if !terms.isEmpty {
            let found = try database.rows("""
                SELECT f.rowid FROM articles_fts f JOIN articles a ON a.id = f.rowid
                WHERE articles_fts MATCH ? AND a.status = \(ArticleStatus.published.sql) ORDER BY f.rank LIMIT 10
                """, [.text(FullTextQuery.anyOf(terms))], { $0.int(0) })
            for (rank, id) in found.enumerated() {
                scored[id, default: (0, [])].score += 10 - rank
                scored[id, default: (0, [])].reasons.append(localized("words"))
            }
        }
        guard !scored.isEmpty else { return [] }
        if let serviceID {
            for id in scored.keys where try database.first("SELECT 1 FROM article_services WHERE article_id = ? AND service_id = ?",
                                                          [.integer(id), .integer(serviceID)], { _ in true }) != nil {
                scored[id]!.score += 20
                scored[id]!.reasons.append(localized("service"))
            }
        }
        return try scored.sorted { ($0.value.score, -$0.key) > ($1.value.score, -$1.key) }.prefix(limit).compactMap { id, value in
            guard let title = try database.first("SELECT coalesce(title_nb, title_en), coalesce(title_en, title_nb) FROM articles WHERE id = ?",
                                                 [.integer(id)], { Language.interface == .english ? $0.string(1) : $0.string(0) }) else { return nil }
            return ArticleProposal(article: id, title: title, score: value.score, reason: value.reasons.joined(separator: ", "))
        }
    }

    /// A reply used article `id`: counted, and its place in the pane renewed.
    func recordUse(_ id: Int64, incident: Int64?, at now: Int64) throws {
        try database.run("INSERT INTO article_uses (article_id, incident_id, used_at) VALUES (?, ?, ?)",
                         [.integer(id), incident.map(SQLValue.integer) ?? .null, .integer(now)])
        try recount([id], at: now)
    }

    /// Counts again the recent uses of the articles with a use that left
    /// the 90 days in the last `span` seconds (read by the uses' time index),
    /// so a use 90 days old no longer lifts its article. Run from cron
    /// (`segdesk alert`) it keeps the pane's order true to the day.
    public func refreshRecentUses(at now: Int64, span: Int64 = 7 * 86_400) throws {
        let expired = try database.rows("SELECT DISTINCT article_id FROM article_uses WHERE used_at >= ? AND used_at < ?",
                                        [.integer(now - Self.recentWindow - span), .integer(now - Self.recentWindow)], { $0.int(0) })
        try database.inTransaction { try recount(expired, at: now) }
    }

    private func recount(_ ids: [Int64], at now: Int64) throws {
        for id in ids {
            try database.run("""
                UPDATE articles SET recent_uses = (SELECT count(*) FROM article_uses WHERE article_id = ?1 AND used_at >= ?2),
                    uses = (SELECT count(*) FROM article_uses WHERE article_id = ?1) WHERE id = ?1
                """, [.integer(id), .integer(now - Self.recentWindow)])
            try database.run("UPDATE articles SET sort_uses = -recent_uses WHERE id = ?", [.integer(id)])
        }
    }
}

extension Store {
    /// The knowledge base's records.
    public var knowledge: KnowledgeRepository { KnowledgeRepository(database: database) }
}
