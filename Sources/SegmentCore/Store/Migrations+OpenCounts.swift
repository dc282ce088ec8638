extension Migrations {
    /// Open incidents counted by status and by the hour their SLA runs out,
    /// kept by triggers, so the header's counts read a few rows instead of
    /// the 27,000 index entries of the open incidents among a million (8 ms
    /// before the first frame and after every triage change). An hour's row
    /// goes when its last incident closes, so the hours stay as few as the
    /// open incidents' deadlines.
    static let schemaVersion16 = """
    CREATE TABLE open_incident_statuses (
        status TEXT PRIMARY KEY,
        incidents INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE open_incident_due_hours (
        hour INTEGER PRIMARY KEY,
        incidents INTEGER NOT NULL
    ) WITHOUT ROWID;
    \(openIncidentRecount)
    \(openIncidentTriggers)
    """

    /// Counts the open incidents again from the table (after a load that set
    /// the triggers aside); the kept counts must be empty before.
    static let openIncidentRecount = """
    INSERT INTO open_incident_statuses (status, incidents)
    SELECT status, count(*) FROM incidents WHERE sort_group < \(IncidentOrder.doneGroup) GROUP BY status;
    INSERT INTO open_incident_due_hours (hour, incidents)
    SELECT sla_due_at / 3600, count(*) FROM incidents
    WHERE sort_group < \(IncidentOrder.doneGroup) AND sla_due_at IS NOT NULL GROUP BY 1;
    """

    /// The insert trigger is named `open_incidents_insert`: an import sets it
    /// aside and counts what it added in one statement.
    static let openIncidentTriggers = """
    CREATE TRIGGER open_incidents_insert AFTER INSERT ON incidents WHEN new.sort_group < \(IncidentOrder.doneGroup) BEGIN
        \(counting(+1, "new"))
    END;
    CREATE TRIGGER open_incidents_leave AFTER UPDATE OF status, sort_group, sla_due_at ON incidents
    WHEN old.sort_group < \(IncidentOrder.doneGroup) BEGIN
        \(counting(-1, "old"))
    END;
    CREATE TRIGGER open_incidents_enter AFTER UPDATE OF status, sort_group, sla_due_at ON incidents
    WHEN new.sort_group < \(IncidentOrder.doneGroup) BEGIN
        \(counting(+1, "new"))
    END;
    CREATE TRIGGER open_incidents_delete AFTER DELETE ON incidents WHEN old.sort_group < \(IncidentOrder.doneGroup) BEGIN
        \(counting(-1, "old"))
    END;
    """

    /// The statements that add `change` (one or minus one) to the counts of
    /// the incident as `row` (`new` or `old`) holds it, and drop a count that
    /// reaches nought.
    private static func counting(_ change: Int, _ row: String) -> String {
        """
        INSERT INTO open_incident_statuses (status, incidents) VALUES (\(row).status, \(change))
            ON CONFLICT (status) DO UPDATE SET incidents = incidents + \(change);
            DELETE FROM open_incident_statuses WHERE status = \(row).status AND incidents = 0;
            INSERT INTO open_incident_due_hours (hour, incidents)
            SELECT \(row).sla_due_at / 3600, \(change) WHERE \(row).sla_due_at IS NOT NULL
            ON CONFLICT (hour) DO UPDATE SET incidents = incidents + \(change);
            DELETE FROM open_incident_due_hours WHERE hour = \(row).sla_due_at / 3600 AND incidents = 0;
        """
    }
}

extension Migrations {
    /// The header's outbox and onboarding counts from covering indexes: with
    /// a notice to 2,000 consumers queued, counting the queued messages read
    /// each one's row (0.54 ms), and the consumers by stage read every
    /// consumer's row (0.6 ms); each now reads its index alone (0.17, 0.23).
    static let schemaVersion18 = """
    CREATE INDEX outbox_unsent_status ON outbox(status) WHERE status != 'sent';
    CREATE INDEX consumers_stage ON consumers(stage);
    """
}
