extension Store {
    /// Where a message about incident `i` goes: its reporter's address, else
    /// its consumer's technical contact. An SQL expression over alias `i`.
    static let replyAddress = """
        coalesce(i.reporter_email, (SELECT email FROM contacts WHERE consumer_id = i.consumer_id AND role = \(ContactRole.technical.sql)
                                    ORDER BY id LIMIT 1))
        """

    /// The language of incident `i`'s consumer, bokmål when it has none. An
    /// SQL expression over alias `i`.
    static let reporterLanguage = "coalesce((SELECT language FROM consumers WHERE id = i.consumer_id), \(Language.bokmal.sql))"
}
