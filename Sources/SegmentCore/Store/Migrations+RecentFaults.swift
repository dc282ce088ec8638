extension Migrations {
    /// The grouping proposals the header reads after every change another
    /// process makes: with a writer importing 100 reports every 5 s, the
    /// last hour holds thousands, and each was read from the table and
    /// checked against every open case (23 ms for 300 among 152 open cases,
    /// which fifty dashboards pay at once). The open reports with a code and
    /// no case are now read from an index that holds their fingerprint, and
    /// the open cases are found by theirs (0.2 ms).
    static let schemaVersion27 = """
    CREATE INDEX incidents_recent_faults ON incidents(received_at, service_id, environment, error_code, consumer_id)
    WHERE error_code IS NOT NULL AND case_id IS NULL AND consumer_id IS NOT NULL AND sort_group < \(IncidentOrder.doneGroup);
    CREATE INDEX cases_open_fault ON provider_cases(service_id, environment, error_code) WHERE sort_group = 0;
    """
}
