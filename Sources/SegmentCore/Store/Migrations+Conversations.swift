extension Migrations {
    /// Each consumer's correspondence, and notices that can be taken back.
    /// A message segdesk sends names the consumer it is for, and the mail
    /// taken in about an incident names the incident's consumer, so one
    /// consumer's messages both ways are read by indexes, newest first.
    /// Messages queued before this step get their consumer from their
    /// incident, or from the contact whose address they went to among the
    /// consumers of their notice, agreement or need. A withdrawn notice
    /// keeps when and why.
    static let schemaVersion25 = """
    ALTER TABLE outbox ADD COLUMN consumer_id INTEGER REFERENCES consumers(id);
    UPDATE outbox SET consumer_id = (SELECT i.consumer_id FROM incidents i WHERE i.id = outbox.entity_id)
    WHERE entity = \(RecordKind.incident.sql);
    UPDATE outbox SET consumer_id = (SELECT min(c.consumer_id) FROM contacts c WHERE c.email = outbox.recipient COLLATE NOCASE
        AND (outbox.entity != \(RecordKind.notice.sql) OR EXISTS (SELECT 1 FROM notice_acknowledgements a
             WHERE a.notice_id = outbox.entity_id AND a.consumer_id = c.consumer_id)))
    WHERE entity IN (\(RecordKind.notice.sql), \(RecordKind.agreement.sql), \(RecordKind.need.sql));
    CREATE INDEX outbox_consumer ON outbox(consumer_id, created_at) WHERE consumer_id IS NOT NULL;
    UPDATE inbound_mail SET consumer_id = (SELECT i.consumer_id FROM incidents i WHERE i.id = inbound_mail.incident_id)
    WHERE consumer_id IS NULL AND incident_id IS NOT NULL;
    ALTER TABLE change_notices ADD COLUMN withdrawn_at INTEGER;
    ALTER TABLE change_notices ADD COLUMN withdrawn_reason TEXT;
    """
}
