extension Migrations {
    /// The providers pane: each provider's own targets per priority (to
    /// acknowledge and to resolve a forwarded case, in seconds), its contacts
    /// by role, and its search text, which the repository writes (after this
    /// step, `Store.migrate` fills it for the providers already there).
    static let schemaVersion21 = """
    CREATE TABLE provider_targets (
        provider_id INTEGER NOT NULL REFERENCES providers(id),
        priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 5),
        acknowledge_seconds INTEGER NOT NULL CHECK (acknowledge_seconds > 0),
        resolve_seconds INTEGER NOT NULL CHECK (resolve_seconds >= acknowledge_seconds),
        PRIMARY KEY (provider_id, priority)
    ) WITHOUT ROWID;
    CREATE TABLE provider_contacts (
        provider_id INTEGER NOT NULL REFERENCES providers(id),
        role TEXT NOT NULL CHECK (role IN (\(ProviderContactRole.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")))),
        name TEXT NOT NULL,
        email TEXT NOT NULL,
        PRIMARY KEY (provider_id, role)
    ) WITHOUT ROWID;
    ALTER TABLE providers ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
    """

    /// An incident's arrival to the fraction of a second its source gave:
    /// the digits as written, beside the whole seconds that order and time it.
    static let schemaVersion22 = """
    ALTER TABLE incidents ADD COLUMN received_fraction TEXT
        CHECK (received_fraction IS NULL OR (length(received_fraction) BETWEEN 1 AND 9 AND received_fraction NOT GLOB '*[^0-9]*'));
    """

    /// The provider's clock on a forwarded case: when it acknowledged the
    /// case, and by when it should acknowledge and resolve it, by its
    /// targets for the case's priority when the case went to it.
    static let schemaVersion23 = """
    ALTER TABLE provider_cases ADD COLUMN acknowledged_at INTEGER;
    ALTER TABLE provider_cases ADD COLUMN provider_response_due_at INTEGER;
    ALTER TABLE provider_cases ADD COLUMN provider_resolution_due_at INTEGER;
    """

    /// A message's place in its conversation: the message it answers and
    /// the chain before it (RFC 5322 In-Reply-To and References), so the
    /// reporter's mail program threads it under their own report. The
    /// messages about one record are read by the index, not a scan of the
    /// whole outbox for every message queued.
    static let schemaVersion24 = """
    ALTER TABLE outbox ADD COLUMN in_reply_to TEXT;
    ALTER TABLE outbox ADD COLUMN thread_references TEXT;
    CREATE INDEX outbox_record ON outbox(entity, entity_id, created_at);
    """

    /// The step after which the providers' search text is written.
    static let providerSearchStep = 21
}
