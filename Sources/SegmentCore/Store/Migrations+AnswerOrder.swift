extension Migrations {
    /// A notice's answers in the order its record lists them (silent first,
    /// then answered, then done; by consumer name within each), kept in an
    /// index: the record reads its first 250 answers in order instead of
    /// joining and sorting all of them (2.9 of the 5 ms it took to open a
    /// notice of 2,000 consumers). Each answer carries its consumer's sort
    /// name, kept by triggers when an answer is added or a consumer renamed.
    static let schemaVersion17 = """
    ALTER TABLE notice_acknowledgements ADD COLUMN sort_name TEXT NOT NULL DEFAULT '';
    UPDATE notice_acknowledgements SET sort_name = (SELECT c.sort_name FROM consumers c WHERE c.id = consumer_id);
    CREATE INDEX notice_answers_order ON notice_acknowledgements(notice_id, \(noticeAnswerRank), sort_name);
    CREATE TRIGGER notice_answers_sort_name AFTER INSERT ON notice_acknowledgements BEGIN
        UPDATE notice_acknowledgements SET sort_name = (SELECT c.sort_name FROM consumers c WHERE c.id = new.consumer_id)
        WHERE notice_id = new.notice_id AND consumer_id = new.consumer_id;
    END;
    CREATE TRIGGER consumer_renamed_in_answers AFTER UPDATE OF sort_name ON consumers BEGIN
        UPDATE notice_acknowledgements SET sort_name = new.sort_name WHERE consumer_id = new.id;
    END;
    """

    /// An answer's place in its notice's record: 0 silent, 1 answered,
    /// 2 done (ready or not affected). A query ordering by it must write it
    /// exactly so for SQLite to read the order from the index.
    static let noticeAnswerRank = "(state != 'pending') + (state IN ('ready', 'not_affected'))"
}
