/// The schema, as numbered steps applied in order. A shipped step is never
/// edited: a change to the schema is a new step at the end.
enum Migrations {
    static let steps: [String] = [schemaVersion1, schemaVersion2, schemaVersion3, schemaVersion4, schemaVersion5, schemaVersion6, schemaVersion7, schemaVersion8,
                                  schemaVersion9, schemaVersion10, schemaVersion11,
                                  schemaVersion12, schemaVersion13, schemaVersion14, schemaVersion15, schemaVersion16, schemaVersion17, schemaVersion18, schemaVersion19,
                                  schemaVersion20, schemaVersion21, schemaVersion22, schemaVersion23, schemaVersion24, schemaVersion25,
                                  schemaVersion26, schemaVersion27, schemaVersion28]

    /// The step that gave journal entries their seals.
    static let journalSealStep = 5

    /// The schema version this build writes and understands.
    static var latest: Int { steps.count }

    private static let schemaVersion1 = """
    CREATE TABLE providers (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        email TEXT NOT NULL
    );
    CREATE TABLE services (
        id INTEGER PRIMARY KEY,
        provider_id INTEGER NOT NULL REFERENCES providers(id),
        key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL
    );
    CREATE TABLE service_environments (
        service_id INTEGER NOT NULL REFERENCES services(id),
        environment TEXT NOT NULL CHECK (environment IN ('production', 'test')),
        base_url TEXT NOT NULL,
        PRIMARY KEY (service_id, environment)
    ) WITHOUT ROWID;
    CREATE TABLE agreement_versions (
        version INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        effective_at INTEGER NOT NULL
    );
    CREATE TABLE consumers (
        id INTEGER PRIMARY KEY,
        org_number TEXT NOT NULL UNIQUE CHECK (length(org_number) = 9),
        name TEXT NOT NULL,
        operator_org_number TEXT CHECK (operator_org_number IS NULL OR length(operator_org_number) = 9),
        operator_name TEXT,
        mail_domain TEXT,
        stage TEXT NOT NULL,
        search_text TEXT NOT NULL,
        sort_name TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX consumers_pane ON consumers(sort_name, id);
    CREATE TABLE contacts (
        id INTEGER PRIMARY KEY,
        consumer_id INTEGER NOT NULL REFERENCES consumers(id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('technical', 'business', 'vendor')),
        name TEXT NOT NULL,
        email TEXT NOT NULL,
        shared_mailbox INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX contacts_consumer ON contacts(consumer_id);
    CREATE INDEX contacts_email ON contacts(email COLLATE NOCASE);
    CREATE TABLE consumer_services (
        consumer_id INTEGER NOT NULL REFERENCES consumers(id) ON DELETE CASCADE,
        service_id INTEGER NOT NULL REFERENCES services(id),
        PRIMARY KEY (consumer_id, service_id)
    ) WITHOUT ROWID;
    CREATE INDEX consumer_services_service ON consumer_services(service_id, consumer_id);
    CREATE TABLE agreement_acceptances (
        consumer_id INTEGER NOT NULL REFERENCES consumers(id) ON DELETE CASCADE,
        version INTEGER NOT NULL REFERENCES agreement_versions(version),
        accepted_at INTEGER NOT NULL,
        PRIMARY KEY (consumer_id, version)
    ) WITHOUT ROWID;
    CREATE TABLE operators (
        login TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        first_seen INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE change_notices (
        id INTEGER PRIMARY KEY,
        provider_id INTEGER NOT NULL REFERENCES providers(id),
        kind TEXT NOT NULL CHECK (kind IN ('dataset_change', 'interface_change', 'deviation', 'maintenance', 'regulatory')),
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        breaking INTEGER NOT NULL DEFAULT 0,
        published_at INTEGER NOT NULL,
        effective_at INTEGER NOT NULL,
        ends_at INTEGER,
        deadline INTEGER,
        active INTEGER NOT NULL DEFAULT 1,
        search_text TEXT NOT NULL,
        sort_group INTEGER NOT NULL,
        sort_time INTEGER NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX notices_pane ON change_notices(sort_group, sort_time, id);
    CREATE TABLE notice_services (
        notice_id INTEGER NOT NULL REFERENCES change_notices(id) ON DELETE CASCADE,
        service_id INTEGER NOT NULL REFERENCES services(id),
        PRIMARY KEY (notice_id, service_id)
    ) WITHOUT ROWID;
    CREATE TABLE notice_acknowledgements (
        notice_id INTEGER NOT NULL REFERENCES change_notices(id) ON DELETE CASCADE,
        consumer_id INTEGER NOT NULL REFERENCES consumers(id),
        sent_at INTEGER,
        acknowledged_at INTEGER,
        PRIMARY KEY (notice_id, consumer_id)
    ) WITHOUT ROWID;
    CREATE TABLE provider_cases (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        service_id INTEGER NOT NULL REFERENCES services(id),
        environment TEXT NOT NULL,
        error_code TEXT,
        status TEXT NOT NULL CHECK (status IN ('open', 'forwarded', 'acknowledged', 'resolved', 'closed')),
        provider_reference TEXT,
        notice_id INTEGER REFERENCES change_notices(id),
        opened_at INTEGER NOT NULL,
        forwarded_at INTEGER,
        resolved_at INTEGER,
        resolution_text TEXT,
        search_text TEXT NOT NULL,
        sort_group INTEGER NOT NULL,
        sort_time INTEGER NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX cases_pane ON provider_cases(sort_group, sort_time, id);
    CREATE TABLE incidents (
        id INTEGER PRIMARY KEY,
        external_id TEXT NOT NULL,
        consumer_id INTEGER REFERENCES consumers(id),
        reporter_name TEXT,
        reporter_email TEXT,
        service_id INTEGER NOT NULL REFERENCES services(id),
        environment TEXT NOT NULL CHECK (environment IN ('production', 'test')),
        received_at INTEGER NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL DEFAULT '',
        error_code TEXT,
        correlation_id TEXT,
        kind TEXT NOT NULL CHECK (kind IN ('error', 'question', 'change_request')),
        impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 3),
        urgency INTEGER NOT NULL CHECK (urgency BETWEEN 1 AND 3),
        priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 5),
        status TEXT NOT NULL CHECK (status IN ('new', 'triaged', 'waiting_consumer', 'in_case', 'forwarded', 'resolved', 'closed')),
        resolution TEXT,
        assignee TEXT,
        case_id INTEGER REFERENCES provider_cases(id),
        responded_at INTEGER,
        sla_due_at INTEGER,
        sort_group INTEGER NOT NULL,
        sort_time INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
    );
    CREATE UNIQUE INDEX incidents_external ON incidents(consumer_id, external_id);
    CREATE INDEX incidents_pane ON incidents(sort_group, sort_time, id);
    CREATE INDEX incidents_open_sla ON incidents(sla_due_at) WHERE sort_group < 9;
    CREATE INDEX incidents_open_status ON incidents(status) WHERE sort_group < 9;
    CREATE INDEX incidents_case ON incidents(case_id) WHERE case_id IS NOT NULL;
    CREATE INDEX incidents_consumer ON incidents(consumer_id, sort_group);
    CREATE INDEX incidents_fingerprint ON incidents(service_id, environment, error_code, received_at);
    CREATE INDEX incidents_received ON incidents(received_at);
    CREATE VIRTUAL TABLE incidents_fts USING fts5(
        title, body, error_code, content='incidents', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', detail=none, columnsize=0, prefix='1 2 3 4'
    );
    CREATE TRIGGER incidents_fts_insert AFTER INSERT ON incidents BEGIN
        INSERT INTO incidents_fts(rowid, title, body, error_code) VALUES (new.id, new.title, new.body, new.error_code);
    END;
    CREATE TRIGGER incidents_fts_delete AFTER DELETE ON incidents BEGIN
        INSERT INTO incidents_fts(incidents_fts, rowid, title, body, error_code) VALUES ('delete', old.id, old.title, old.body, old.error_code);
    END;
    CREATE TRIGGER incidents_fts_update AFTER UPDATE OF title, body, error_code ON incidents BEGIN
        INSERT INTO incidents_fts(incidents_fts, rowid, title, body, error_code) VALUES ('delete', old.id, old.title, old.body, old.error_code);
        INSERT INTO incidents_fts(rowid, title, body, error_code) VALUES (new.id, new.title, new.body, new.error_code);
    END;
    CREATE TABLE needs (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        description TEXT NOT NULL,
        raised_by INTEGER REFERENCES consumers(id),
        status TEXT NOT NULL CHECK (status IN ('proposed', 'assessed', 'prioritised', 'sent_to_provider', 'accepted', 'delivered', 'rejected')),
        legal_assessment INTEGER NOT NULL DEFAULT 0,
        raised_at INTEGER NOT NULL,
        backers INTEGER NOT NULL DEFAULT 0,
        score INTEGER NOT NULL DEFAULT 0,
        search_text TEXT NOT NULL,
        sort_group INTEGER NOT NULL,
        sort_score INTEGER NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX needs_pane ON needs(sort_group, sort_score, id);
    CREATE TABLE need_backings (
        need_id INTEGER NOT NULL REFERENCES needs(id) ON DELETE CASCADE,
        consumer_id INTEGER NOT NULL REFERENCES consumers(id),
        weight INTEGER NOT NULL CHECK (weight BETWEEN 1 AND 3),
        backed_at INTEGER NOT NULL,
        PRIMARY KEY (need_id, consumer_id)
    ) WITHOUT ROWID;
    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        created_at INTEGER NOT NULL,
        recipient TEXT NOT NULL,
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('queued', 'sent', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        next_attempt_at INTEGER,
        sent_at INTEGER,
        message_id TEXT NOT NULL UNIQUE
    );
    CREATE INDEX outbox_pending ON outbox(next_attempt_at) WHERE status != 'sent';
    CREATE TABLE journal (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        operator TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id INTEGER NOT NULL,
        action TEXT NOT NULL,
        before TEXT,
        after TEXT
    );
    CREATE INDEX journal_entity ON journal(entity, entity_id, id);
    """

}
