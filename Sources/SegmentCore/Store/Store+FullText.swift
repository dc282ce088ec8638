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
                  let terms = try incidents.terms(startingWith: folded, limit: Self.termsPerWord), !terms.isEmpty else {
                return FullTextQuery.prefix(word)
            }
            return FullTextQuery.anyOf(terms)
        }.joined(separator: " AND ")
        lastFullTextMatch = (text, stamp, match)
        return match
    }
}
