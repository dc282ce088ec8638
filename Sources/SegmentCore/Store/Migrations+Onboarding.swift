extension Migrations {
    /// Asking for acceptance and onboarding checklists. Each request of an
    /// agreement version sent to a consumer is kept, so asking again sends
    /// only to those not asked; a consumer's mail on the agreement's tag is
    /// kept on its record (`agreement_answer`, with the consumer). Each step
    /// of a stage's checklist that is ticked for a consumer is kept with who
    /// ticked it and when.
    static let schemaVersion13 = """
    PRAGMA writable_schema = ON;
    UPDATE sqlite_schema SET sql = replace(sql,
        '''notice_answer'', ''provider_notice'')',
        '''notice_answer'', ''provider_notice'', ''agreement_answer'')')
    WHERE type = 'table' AND name = 'inbound_mail';
    PRAGMA writable_schema = RESET;
    ALTER TABLE inbound_mail ADD COLUMN consumer_id INTEGER REFERENCES consumers(id);
    CREATE INDEX inbound_mail_consumer ON inbound_mail(consumer_id, id) WHERE consumer_id IS NOT NULL;
    CREATE TABLE agreement_requests (
        version INTEGER NOT NULL REFERENCES agreement_versions(version),
        consumer_id INTEGER NOT NULL REFERENCES consumers(id),
        sent_at INTEGER NOT NULL,
        PRIMARY KEY (version, consumer_id)
    ) WITHOUT ROWID;
    CREATE TABLE checklist_ticks (
        consumer_id INTEGER NOT NULL REFERENCES consumers(id) ON DELETE CASCADE,
        stage TEXT NOT NULL,
        step INTEGER NOT NULL,
        ticked_at INTEGER NOT NULL,
        ticked_by TEXT NOT NULL,
        PRIMARY KEY (consumer_id, stage, step)
    ) WITHOUT ROWID;
    """
}

extension Migrations {
    /// Reports per day and service, kept by triggers as incidents are added
    /// or moved, so plots of the last weeks read a few hundred counts instead
    /// of scanning the incidents. Days are UTC days since 1970.
    static let schemaVersion14 = """
    CREATE TABLE incident_days (
        day INTEGER NOT NULL,
        service_id INTEGER NOT NULL REFERENCES services(id),
        reports INTEGER NOT NULL,
        PRIMARY KEY (day, service_id)
    ) WITHOUT ROWID;
    INSERT INTO incident_days (day, service_id, reports)
    SELECT received_at / 86400, service_id, count(*) FROM incidents GROUP BY 1, 2;
    \(incidentDayTriggers)
    """

    static let incidentDayTriggers = """
    CREATE TRIGGER incident_days_insert AFTER INSERT ON incidents BEGIN
        INSERT INTO incident_days (day, service_id, reports) VALUES (new.received_at / 86400, new.service_id, 1)
        ON CONFLICT (day, service_id) DO UPDATE SET reports = reports + 1;
    END;
    CREATE TRIGGER incident_days_move AFTER UPDATE OF service_id, received_at ON incidents BEGIN
        UPDATE incident_days SET reports = reports - 1 WHERE day = old.received_at / 86400 AND service_id = old.service_id;
        INSERT INTO incident_days (day, service_id, reports) VALUES (new.received_at / 86400, new.service_id, 1)
        ON CONFLICT (day, service_id) DO UPDATE SET reports = reports + 1;
    END;
    """
}
