extension Migrations {
    /// Needs on their road to a decision. Statuses become collected,
    /// assessed, prioritised, sent, accepted, rejected, delivered and merged
    /// (proposed is now collected, sent_to_provider sent). A need names the
    /// services it is about; its legal basis is assessed as covered, unclear
    /// or not_covered with a note (a need flagged before counts as unclear);
    /// the provider's decision is kept with its reference; a merged need
    /// points to the one it joined. A backing has the consumer's importance
    /// (1 must have, 2 important, 3 nice to have; from the old weight) and
    /// its use case in its own words.
    static let schemaVersion11 = """
    PRAGMA writable_schema = ON;
    UPDATE sqlite_schema SET sql = replace(sql,
        'status IN (''proposed'', ''assessed'', ''prioritised'', ''sent_to_provider'', ''accepted'', ''delivered'', ''rejected'')',
        'status IN (''proposed'', ''assessed'', ''prioritised'', ''sent_to_provider'', ''accepted'', ''delivered'', ''rejected'', ''collected'', ''sent'', ''merged'')')
    WHERE type = 'table' AND name = 'needs';
    PRAGMA writable_schema = RESET;
    UPDATE needs SET status = CASE status WHEN 'proposed' THEN 'collected' WHEN 'sent_to_provider' THEN 'sent' ELSE status END;
    ALTER TABLE needs ADD COLUMN legal TEXT CHECK (legal IN ('covered', 'unclear', 'not_covered'));
    ALTER TABLE needs ADD COLUMN legal_note TEXT;
    ALTER TABLE needs ADD COLUMN merged_into INTEGER REFERENCES needs(id);
    ALTER TABLE needs ADD COLUMN decision_reference TEXT;
    ALTER TABLE needs ADD COLUMN decided_at INTEGER;
    UPDATE needs SET legal = 'unclear' WHERE legal_assessment = 1;
    ALTER TABLE need_backings ADD COLUMN importance INTEGER NOT NULL DEFAULT 2 CHECK (importance BETWEEN 1 AND 3);
    ALTER TABLE need_backings ADD COLUMN use_case TEXT;
    UPDATE need_backings SET importance = 4 - weight;
    CREATE INDEX need_backings_consumer ON need_backings(consumer_id, need_id);
    CREATE TABLE need_services (
        need_id INTEGER NOT NULL REFERENCES needs(id) ON DELETE CASCADE,
        service_id INTEGER NOT NULL REFERENCES services(id),
        PRIMARY KEY (need_id, service_id)
    ) WITHOUT ROWID;
    """
}

extension Migrations {
    /// What a merge changed, so undoing it puts things back: the merged
    /// need's status, and per backer of the need it merged into whether the
    /// merge added the backing, or its importance and use case before.
    static let schemaVersion12 = """
    CREATE TABLE need_merges (
        merged_id INTEGER PRIMARY KEY REFERENCES needs(id) ON DELETE CASCADE,
        status_before TEXT NOT NULL
    );
    CREATE TABLE need_merge_backings (
        merged_id INTEGER NOT NULL REFERENCES needs(id) ON DELETE CASCADE,
        consumer_id INTEGER NOT NULL REFERENCES consumers(id),
        added INTEGER NOT NULL,
        importance_before INTEGER,
        use_case_before TEXT,
        PRIMARY KEY (merged_id, consumer_id)
    ) WITHOUT ROWID;
    """
}
