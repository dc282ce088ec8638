extension Migrations {
    /// Alerts to the person on call. An alert gathers the facts that raised
    /// it (`alert_items`, one row per fact ever alerted, so none is raised
    /// twice); it climbs the escalation ladder (`level`: 0 held for morning
    /// or no one to tell, 1 on call, 2 the second address, 3 the last)
    /// until someone acknowledges it. Open alerts are read by their own index.
    static let schemaVersion26 = """
    CREATE TABLE alerts (
        id INTEGER PRIMARY KEY,
        rule TEXT NOT NULL CHECK (rule IN ('new_report', 'provider_notice', 'clock_soon', 'clock_broken', 'case_late', 'outbox_stuck')),
        group_key TEXT NOT NULL,
        priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 5),
        title TEXT NOT NULL,
        record_kind TEXT,
        record_id INTEGER,
        items INTEGER NOT NULL DEFAULT 0,
        raised_at INTEGER NOT NULL,
        level INTEGER NOT NULL DEFAULT 0 CHECK (level BETWEEN 0 AND 3),
        held INTEGER NOT NULL DEFAULT 0,
        sent_to TEXT NOT NULL DEFAULT '',
        last_sent_at INTEGER,
        acknowledged_at INTEGER,
        acknowledged_by TEXT,
        command_error TEXT,
        version INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX alerts_open ON alerts(raised_at) WHERE acknowledged_at IS NULL;
    CREATE TABLE alert_items (
        id INTEGER PRIMARY KEY,
        item TEXT NOT NULL UNIQUE,
        alert_id INTEGER NOT NULL REFERENCES alerts(id),
        consumer_id INTEGER REFERENCES consumers(id),
        fact TEXT NOT NULL
    );
    CREATE INDEX alert_items_alert ON alert_items(alert_id, id);
    """
}
