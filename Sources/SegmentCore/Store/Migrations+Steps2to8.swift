extension Migrations {
    /// Mail taken in: a Message-ID is handled once, and replies and provider
    /// updates keep their text beside the incident or case they belong to.
    ///
    /// First, the incidents' CHECK constraints on kind and status are written
    /// as comparisons instead of `IN` lists of three or more: SQLite checks
    /// such a list through a temporary table built afresh for every row
    /// written, which cost a quarter of an import's time. The meaning is the
    /// same, so the definition is edited in place (SQLite's documented way
    /// for changes that leave the stored rows valid); the tables created after
    /// it make every connection read the schema again.
    ///
    /// Then the full-text index is made again without its one-character
    /// prefixes, which took 40% of building it; searches need two characters.
    static let schemaVersion2 = """
    PRAGMA writable_schema = ON;
    UPDATE sqlite_schema SET sql = replace(replace(sql,
        'kind IN (''error'', ''question'', ''change_request'')',
        'kind = ''error'' OR kind = ''question'' OR kind = ''change_request'''),
        'status IN (''new'', ''triaged'', ''waiting_consumer'', ''in_case'', ''forwarded'', ''resolved'', ''closed'')',
        'status = ''new'' OR status = ''triaged'' OR status = ''waiting_consumer'' OR status = ''in_case'''
        || ' OR status = ''forwarded'' OR status = ''resolved'' OR status = ''closed''')
    WHERE type = 'table' AND name = 'incidents';
    PRAGMA writable_schema = RESET;
    DROP TABLE incidents_fts;
    CREATE VIRTUAL TABLE incidents_fts USING fts5(
        title, body, error_code, content='incidents', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', detail=none, columnsize=0, prefix='2 3 4'
    );
    INSERT INTO incidents_fts(incidents_fts) VALUES ('rebuild');
    CREATE TABLE inbound_mail (
        id INTEGER PRIMARY KEY,
        message_id TEXT NOT NULL UNIQUE,
        received_at INTEGER NOT NULL,
        sender TEXT NOT NULL,
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('report', 'reply', 'provider_update')),
        incident_id INTEGER REFERENCES incidents(id),
        case_id INTEGER REFERENCES provider_cases(id)
    );
    CREATE INDEX inbound_mail_incident ON inbound_mail(incident_id, id) WHERE incident_id IS NOT NULL;
    CREATE INDEX inbound_mail_case ON inbound_mail(case_id, id) WHERE case_id IS NOT NULL;
    """

    /// Imports as records of their own: one journal entry says who imported
    /// which file and what came of it, and each incident the import added
    /// points to it, instead of a journal entry per incident repeating the
    /// file name (a tenth of a large import's time). Incidents from before,
    /// or from mail and the phone, have no import; their journal says how
    /// they came.
    ///
    /// And when a consumer's reply arrived that nobody has opened the
    /// incident since, so the desk sees which incidents have news; the index
    /// holds only those, so it costs an import nothing.
    static let schemaVersion3 = """
    CREATE TABLE imports (
        id INTEGER PRIMARY KEY,
        file TEXT NOT NULL
    );
    ALTER TABLE incidents ADD COLUMN import_id INTEGER REFERENCES imports(id);
    ALTER TABLE incidents ADD COLUMN reply_unread_at INTEGER;
    CREATE INDEX incidents_reply_unread ON incidents(reply_unread_at) WHERE reply_unread_at IS NOT NULL;
    """

    /// Delivery exactly once: a deliverer claims a message (`sending`, with
    /// the time) in a transaction before it hands it to the transport, so a
    /// second deliverer skips it; a claim never settled (the deliverer died
    /// between handing over and recording) becomes `uncertain`, for the
    /// operator to confirm or send again, never resent on its own. The CHECK
    /// on status is widened in place, as in step 2: every stored row stays
    /// valid.
    static let schemaVersion4 = """
    PRAGMA writable_schema = ON;
    UPDATE sqlite_schema SET sql = replace(sql,
        'status IN (''queued'', ''sent'', ''failed'')',
        'status IN (''queued'', ''sending'', ''sent'', ''failed'', ''uncertain'')')
    WHERE type = 'table' AND name = 'outbox';
    PRAGMA writable_schema = RESET;
    ALTER TABLE outbox ADD COLUMN claimed_at INTEGER;
    """

    /// The journal's chain of seals: each entry's SHA-256 over the seal
    /// before it and its own fields, so `segdesk check` can tell an entry
    /// edited afterwards. Entries already there are sealed when the file is
    /// opened after this step.
    static let schemaVersion5 = """
    ALTER TABLE journal ADD COLUMN seal TEXT;
    """

    /// A service's description, as the provider gives it in the file of
    /// services a real segment starts from (`segdesk import services`).
    static let schemaVersion6 = """
    ALTER TABLE services ADD COLUMN description TEXT;
    """

    /// Agreements as the coordinator keeps them: each version's reference
    /// (a document id or address), when it was published and when it must be
    /// accepted by; who accepted on a consumer's behalf; and the reminders
    /// sent, one per point before a deadline, so cron never sends one twice.
    static let schemaVersion7 = """
    ALTER TABLE agreement_versions ADD COLUMN reference TEXT;
    ALTER TABLE agreement_versions ADD COLUMN published_at INTEGER;
    ALTER TABLE agreement_versions ADD COLUMN accept_by INTEGER;
    ALTER TABLE agreement_acceptances ADD COLUMN accepted_by TEXT;
    CREATE TABLE reminders (
        kind TEXT NOT NULL,
        record_id INTEGER NOT NULL,
        consumer_id INTEGER NOT NULL REFERENCES consumers(id),
        days_before INTEGER NOT NULL,
        sent_at INTEGER NOT NULL,
        PRIMARY KEY (kind, record_id, consumer_id, days_before)
    ) WITHOUT ROWID;
    """

    /// What a consumer has told the coordinator of its own legal basis for
    /// using the data: when it declared it and its reference to its own
    /// assessment. A fact the consumer gave, never segdesk's judgement.
    static let schemaVersion8 = """
    ALTER TABLE consumers ADD COLUMN legal_declared_at INTEGER;
    ALTER TABLE consumers ADD COLUMN legal_reference TEXT;
    """
}
