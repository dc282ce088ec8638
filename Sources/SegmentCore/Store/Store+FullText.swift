extension Store {
    /// At most this many index terms stand in for one typed word; a word
    /// that starts more of them is left to FTS5 as a prefix.
    static let termsPerWord = 64

    /// The FTS5 MATCH expression for what an operator typed, or nil when it
    /// holds no word long enough to search.
    ///
    /// A word of up to four characters is a prefix the index keeps, which
    /// FTS5 streams. For a longer one FTS5 would first merge the lists of
    /// every incident holding a term it starts, in memory: 200-400 ms for a
    /// word in nearly every one of a million incidents. So a longer word is
    /// looked up in the index's terms and searched as the terms it starts
    /// (`korre` as `("korrelasjons")`), which FTS5 streams like any term.
    /// Too many such terms, or none (the word may fold differently than this
    /// side expects), leave the prefix to FTS5. The answer is kept for the
    /// same text until any connection changes the database.
    public func fullTextMatch(for text: String) throws -> String? {
        let words = FullTextQuery.words(in: text)
        guard !words.isEmpty else { return nil }
        let stamp = [try dataVersion(), database.totalChanges]
        if let last = lastFullTextMatch, last.text == text, last.stamp == stamp { return last.match }
        let match = try words.map { word in
            let folded = FullTextQuery.folded(word)
            guard folded.count > FullTextQuery.longestIndexedPrefix,
                  let terms = try incidentTerms(startingWith: folded, limit: Self.termsPerWord), !terms.isEmpty else {
                return FullTextQuery.prefix(word)
            }
            return FullTextQuery.anyOf(terms)
        }.joined(separator: " AND ")
        lastFullTextMatch = (text, stamp, match)
        return match
    }

    /// The view of the full-text index's terms that `incidentTerms` reads,
    /// made for this connection only (it lives in `temp`, never in the file).
    /// Its `instance` kind yields a term without first counting the incidents
    /// that hold it, which for a common term means reading a million entries.
    func openIncidentTermList() throws {
        try database.execute("""
            CREATE VIRTUAL TABLE IF NOT EXISTS temp.incidents_fts_terms USING fts5vocab(main, incidents_fts, instance)
            """)
    }

    /// The terms of the incidents' full-text index that start with `prefix`,
    /// in order, or nil when there are more than `limit`; each is found by
    /// one seek past the one before.
    func incidentTerms(startingWith prefix: String, limit: Int) throws -> [String]? {
        let end = SQLValue.text(prefix + "\u{10FFFF}")
        var terms: [String] = []
        var from = prefix
        while let term = try database.first("""
            SELECT term FROM temp.incidents_fts_terms WHERE term >= ? AND term < ? LIMIT 1
            """, [.text(from), end], { $0.string(0) }) {
            guard terms.count < limit else { return nil }
            terms.append(term)
            from = term + "\u{1}"
        }
        return terms
    }
}
