extension Migrations {
    /// The language each consumer and provider reads: every message to one
    /// is written in it. Norwegian bokmål unless the import says otherwise.
    static let schemaVersion15 = """
    ALTER TABLE consumers ADD COLUMN language TEXT NOT NULL DEFAULT 'nb' CHECK (language IN ('nb', 'en'));
    ALTER TABLE providers ADD COLUMN language TEXT NOT NULL DEFAULT 'nb' CHECK (language IN ('nb', 'en'));
    """
}
