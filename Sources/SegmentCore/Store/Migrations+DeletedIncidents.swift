extension Migrations {
    /// An incident deleted (by hand in the sqlite3 shell: segdesk itself never
    /// deletes one) leaves its day's report count with it, so the incidents'
    /// total and the report plots stay true and `check` stays sound. The open
    /// counts already follow a deletion.
    static let schemaVersion20 = """
    CREATE TRIGGER incident_days_delete AFTER DELETE ON incidents BEGIN
        UPDATE incident_days SET reports = reports - 1 WHERE day = old.received_at / 86400 AND service_id = old.service_id;
    END;
    """
}
