extension Migrations {
    /// A notice's life and who knows of it. A notice is a draft until the
    /// coordinator publishes it (`published_at`); when the provider announced
    /// it is kept apart (`announced_at`, the old `published_at`). Whether it is
    /// in force follows from the clock, so the stored `active` flag and the
    /// order kept from it go. Each consumer's answer has a state, a time, a
    /// note and who gave it; an answer by mail is kept as `notice_answer`, and
    /// an untagged mail from a provider as `provider_notice`. The coordinator's
    /// own kinds, `information` and `consultation`, join the provider's. A
    /// message may carry a copy to a second address of the same consumer.
    /// The pane's counts of each notice's audience, answers and consumers
    /// done are kept on the notice, recounted whenever an answer changes, so
    /// a page of notices never counts thousands of answers.
    /// Notices stored before this step had reached their consumers, so they
    /// count as published when announced.
    static let schemaVersion9 = """
    PRAGMA writable_schema = ON;
    UPDATE sqlite_schema SET sql = replace(sql,
        '''maintenance'', ''regulatory'')',
        '''maintenance'', ''regulatory'', ''information'', ''consultation'')')
    WHERE type = 'table' AND name = 'change_notices';
    UPDATE sqlite_schema SET sql = replace(sql,
        '''reply'', ''provider_update'')',
        '''reply'', ''provider_update'', ''notice_answer'', ''provider_notice'')')
    WHERE type = 'table' AND name = 'inbound_mail';
    PRAGMA writable_schema = RESET;
    DROP INDEX notices_pane;
    ALTER TABLE change_notices DROP COLUMN active;
    ALTER TABLE change_notices DROP COLUMN sort_group;
    ALTER TABLE change_notices DROP COLUMN sort_time;
    ALTER TABLE change_notices RENAME COLUMN published_at TO announced_at;
    ALTER TABLE change_notices ADD COLUMN published_at INTEGER;
    ALTER TABLE change_notices ADD COLUMN environment TEXT NOT NULL DEFAULT 'production';
    UPDATE change_notices SET published_at = announced_at;
    ALTER TABLE change_notices ADD COLUMN audience INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE change_notices ADD COLUMN answered INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE change_notices ADD COLUMN done INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE notice_acknowledgements ADD COLUMN state TEXT NOT NULL DEFAULT 'pending';
    ALTER TABLE notice_acknowledgements ADD COLUMN state_at INTEGER;
    ALTER TABLE notice_acknowledgements ADD COLUMN note TEXT;
    ALTER TABLE notice_acknowledgements ADD COLUMN answered_by TEXT;
    UPDATE notice_acknowledgements SET state = 'acknowledged', state_at = acknowledged_at WHERE acknowledged_at IS NOT NULL;
    UPDATE change_notices SET
        audience = (SELECT count(*) FROM notice_acknowledgements a WHERE a.notice_id = change_notices.id),
        answered = (SELECT count(*) FROM notice_acknowledgements a WHERE a.notice_id = change_notices.id AND a.state != 'pending'),
        done = CASE WHEN breaking = 1 THEN 0 ELSE
            (SELECT count(*) FROM notice_acknowledgements a WHERE a.notice_id = change_notices.id AND a.state != 'pending') END;
    CREATE INDEX notice_acknowledgements_consumer ON notice_acknowledgements(consumer_id, notice_id);
    ALTER TABLE inbound_mail ADD COLUMN notice_id INTEGER REFERENCES change_notices(id);
    CREATE INDEX inbound_mail_notice ON inbound_mail(notice_id, id) WHERE notice_id IS NOT NULL;
    ALTER TABLE outbox ADD COLUMN copy_to TEXT;
    """
}

extension Migrations {
    /// The consumers a case's report to the provider named, so a forwarded
    /// case that gains consumers can send the provider an addendum naming
    /// only the new ones. Cases forwarded before this step named the
    /// consumers whose reports had arrived by then.
    static let schemaVersion10 = """
    CREATE TABLE case_forwarded_consumers (
        case_id INTEGER NOT NULL REFERENCES provider_cases(id) ON DELETE CASCADE,
        consumer_id INTEGER NOT NULL REFERENCES consumers(id),
        forwarded_at INTEGER NOT NULL,
        PRIMARY KEY (case_id, consumer_id)
    ) WITHOUT ROWID;
    INSERT OR IGNORE INTO case_forwarded_consumers (case_id, consumer_id, forwarded_at)
    SELECT pc.id, i.consumer_id, pc.forwarded_at FROM provider_cases pc JOIN incidents i ON i.case_id = pc.id
    WHERE pc.forwarded_at IS NOT NULL AND i.consumer_id IS NOT NULL AND i.received_at <= pc.forwarded_at;
    """
}
