import Testing
@testable import SegmentCore
import SegmentTestSupport

@Suite("Full-text query", .checkingStores)
struct FullTextQueryTests {
    @Test("words become quoted terms, so FTS5 syntax is inert")
    func quotesWords() {
        #expect(FullTextQuery.words(in: "title:\"xy\" NEAR a 503") == ["title", "xy", "NEAR", "503"])
        #expect(FullTextQuery.words(in: "h  ** ").isEmpty)
        #expect(FullTextQuery.prefix("http") == "\"http\"*")
        #expect(FullTextQuery.anyOf(["ab\"c", "abd"]) == "(\"ab\"\"c\" OR \"abd\")")
    }

    @Test("a word folds as the index's tokenizer folds it", arguments: [
        ("Påvirker", "pavirker"), ("SØKNADER", "søknader"), ("Éclair", "eclair"), ("Ærlig", "ærlig"), ("İstanbul", "istanbul"),
    ])
    func folds(word: String, folded: String) {
        #expect(FullTextQuery.folded(word) == folded)
    }
}

@Suite("Full-text search of the incidents", .checkingStores)
struct FullTextSearchTests {
    /// A store with one incident per title, on one service.
    private func store(titles: [String]) throws -> Store {
        let store = try emptyStore()
        let provider = try store.providers.add(key: "ske", name: "Skatteetaten", email: "drift@skatteetaten.example")
        let service = try store.providers.addService(providerID: provider, key: "inntekt-api", name: "Inntekt", environments: [.production])
        for (index, title) in titles.enumerated() {
            try store.intakeDesk.addIncident(NewIncident(externalID: "T-\(index)", consumerID: nil, serviceID: service,
                                              receivedAt: testNow - Int64(index), title: title))
        }
        return store
    }

    @Test("a word past four letters is searched as the index terms it starts, and finds what FTS5's own prefix finds")
    func longWordsAreExpanded() throws {
        let store = try demoStore()
        for word in ["korrel", "Søknad", "produksjon", "tidsavbrudd", "Inntekts"] {
            let match = try #require(try store.fullTextMatch(for: word))
            #expect(match.hasPrefix("(") && !match.contains("*"), "\(word): \(match)")
            let expected = try store.database.rows(
                "SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH ? ORDER BY rowid DESC LIMIT 1000",
                [.text(FullTextQuery.prefix(word))]) { $0.int(0) }
            #expect(try store.incidents(anchor: .start, limit: 1000, filter: word).map(\.id) == expected, "\(word)")
            #expect(try store.incidentCount(filter: word, limit: 1000) == expected.count, "\(word)")
        }
    }

    @Test("given reports about Påvirker and SØKNADER, capitals and accents typed find them as the index folds them")
    func foldedWordsFindTheirTerms() throws {
        let store = try store(titles: ["Påvirker mange søknader", "Andre feil"])
        #expect(try store.fullTextMatch(for: "PÅVIRK søkna") == "(\"pavirker\") AND (\"søknader\")")
        #expect(try store.incidentCount(filter: "PÅVIRK søkna") == 1)
    }

    @Test("short words stay prefixes the index keeps; a word no term starts is left to FTS5 and finds nothing")
    func shortAndUnknownWordsStayPrefixes() throws {
        let store = try store(titles: ["Tidsavbrudd mot inntekt"])
        #expect(try store.fullTextMatch(for: "tids mo") == "\"tids\"* AND \"mo\"*")
        #expect(try store.fullTextMatch(for: "tidsx") == "\"tidsx\"*")
        #expect(try store.incidentCount(filter: "tidsx") == 0)
        #expect(try store.fullTextMatch(for: "x") == nil)
    }

    @Test("a word that starts more terms than the limit is left to FTS5 as a prefix")
    func wordsStartingManyTermsStayPrefixes() throws {
        let titles = (0...Store.termsPerWord).map { "Kode abcde\($0)" }
        let store = try store(titles: titles)
        #expect(try store.fullTextMatch(for: "abcde") == "\"abcde\"*")
        #expect(try store.incidentCount(filter: "abcde") == titles.count)
        #expect(try store.fullTextMatch(for: "abcde1") == "(\"abcde1\" OR \"abcde10\" OR \"abcde11\" OR \"abcde12\" OR \"abcde13\" OR "
            + "\"abcde14\" OR \"abcde15\" OR \"abcde16\" OR \"abcde17\" OR \"abcde18\" OR \"abcde19\")")
    }

    @Test("the same text asked again after a new report brings a new term finds that report too")
    func newTermsAreNotMissedByTheKeptQuery() throws {
        let store = try store(titles: ["Korrelasjon mangler"])
        #expect(try store.fullTextMatch(for: "korre") == "(\"korrelasjon\")")
        let service = try store.database.scalar("SELECT id FROM services")
        try store.intakeDesk.addIncident(NewIncident(externalID: "T-new", consumerID: nil, serviceID: Int64(service), receivedAt: testNow,
                                          title: "Korreksjon avvist"))
        #expect(try store.fullTextMatch(for: "korre") == "(\"korreksjon\" OR \"korrelasjon\")")
        #expect(try store.incidentCount(filter: "korre") == 2)
    }
}
