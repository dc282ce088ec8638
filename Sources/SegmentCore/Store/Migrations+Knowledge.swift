extension Migrations {
    /// The knowledge base: articles in bokmål and English, the services,
    /// error codes and tags each is about, every reply that used one, and a
    /// full-text index of their words folded as people type them (ø as o,
    /// å as aa). The pane lists them by the replies of the last 90 days,
    /// kept on the article (`recent_uses`, negated in `sort_uses` so the
    /// index's ascending order is the most used first). A provider case is
    /// a fault, or a question asked to clarify what the data means.
    static let schemaVersion28 = """
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        title_nb TEXT,
        text_nb TEXT,
        title_en TEXT,
        text_en TEXT,
        status TEXT NOT NULL CHECK (status IN ('draft', 'published', 'retired')),
        source TEXT NOT NULL CHECK (source IN ('provider', 'own')),
        provider_reference TEXT,
        clarified_at INTEGER,
        author TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        recent_uses INTEGER NOT NULL DEFAULT 0,
        sort_uses INTEGER NOT NULL DEFAULT 0,
        uses INTEGER NOT NULL DEFAULT 0,
        version INTEGER NOT NULL DEFAULT 1,
        CHECK ((title_nb IS NOT NULL AND text_nb IS NOT NULL) OR (title_en IS NOT NULL AND text_en IS NOT NULL))
    );
    CREATE INDEX articles_pane ON articles(sort_uses, id);
    CREATE INDEX articles_title_nb ON articles(title_nb) WHERE title_nb IS NOT NULL;
    CREATE INDEX articles_title_en ON articles(title_en) WHERE title_en IS NOT NULL;
    CREATE TABLE article_services (
        article_id INTEGER NOT NULL REFERENCES articles(id),
        service_id INTEGER NOT NULL REFERENCES services(id),
        PRIMARY KEY (article_id, service_id)
    ) WITHOUT ROWID;
    CREATE INDEX article_services_service ON article_services(service_id, article_id);
    CREATE TABLE article_codes (
        article_id INTEGER NOT NULL REFERENCES articles(id),
        code TEXT NOT NULL,
        PRIMARY KEY (article_id, code)
    ) WITHOUT ROWID;
    CREATE INDEX article_codes_code ON article_codes(code, article_id);
    CREATE TABLE article_tags (
        article_id INTEGER NOT NULL REFERENCES articles(id),
        tag TEXT NOT NULL,
        PRIMARY KEY (article_id, tag)
    ) WITHOUT ROWID;
    CREATE TABLE article_uses (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        incident_id INTEGER REFERENCES incidents(id),
        used_at INTEGER NOT NULL
    );
    CREATE INDEX article_uses_article ON article_uses(article_id, used_at);
    CREATE INDEX article_uses_time ON article_uses(used_at);
    CREATE VIRTUAL TABLE articles_fts USING fts5(words, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4');
    ALTER TABLE provider_cases ADD COLUMN kind TEXT NOT NULL DEFAULT 'fault' CHECK (kind IN ('fault', 'question'));
    """
}
