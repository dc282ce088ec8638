extension DemoGenerator {
    /// The demo's knowledge base: what the segment has clarified with
    /// Skatteetaten about its commonest codes, in bokmål and English, one
    /// rule of its own and a draft.
    mutating func addArticles() throws {
        let provider = ArticleSource.provider, own = ArticleSource.own
        let articles: [(ArticleText?, ArticleText?, [Int], [String], [String], ArticleStatus, ArticleSource, String?)] = [
            (ArticleText(title: "TD-005: ingen data for personen",
                         text: "TD-005 med HTTP 404 betyr at Skatteetaten ikke har data om personen for perioden det ble spurt om.\n\nDet er et gyldig svar, ikke en feil: søknaden kan gå videre uten inntektsopplysninger fra denne kilden."),
             ArticleText(title: "TD-005: no data for the person",
                         text: "TD-005 with HTTP 404 means the Tax Administration has no data for the person in the period asked.\n\nIt is a valid answer, not a fault: the application can go on without income data from this source."),
             [0], ["TD-005"], ["404", "gyldig-svar"], .published, provider, "SKE-2211"),
            (ArticleText(title: "DAS-003: token avvist av Maskinporten",
                         text: "DAS-003 betyr at tokenet manglet scope eller var utløpt. Be om et nytt token med scope skatteetaten:inntekt, og sjekk klokken på serveren (mer enn 10 sekunder avvik avvises)."),
             ArticleText(title: "DAS-003: token refused by Maskinporten",
                         text: "DAS-003 means the token lacked the scope or had expired. Ask for a new token with scope skatteetaten:inntekt, and check the server's clock (more than 10 seconds off is refused)."),
             [3], ["DAS-003"], ["maskinporten"], .published, provider, "SKE-2304"),
            (ArticleText(title: "DAS-011: ukjent feltnavn i responsen",
                         text: "Nye felt kan komme i responsen uten varsel; klienten skal se bort fra felt den ikke kjenner. Se https://skatteetaten.github.io/api-dokumentasjon/."),
             nil, [0, 1], ["DAS-011"], ["versjonering"], .published, own, nil),
            (ArticleText(title: "TD-009: samtykket er ikke gyldig",
                         text: "Samtykket må være gitt for denne lånesøknaden og ikke være trukket. Be kunden gi samtykke på nytt."),
             ArticleText(title: "TD-009: the consent is not valid", text: "The consent must be given for this loan application and not withdrawn. Ask the customer to consent again."),
             [0, 2], ["TD-009"], ["samtykke"], .published, provider, "SKE-2402"),
            (nil, ArticleText(title: "Rate limits", text: "At most 20 calls a second per consumer and service. Write to mailto:segment@koordinator.example for more."),
             [], [], ["ytelse"], .published, own, nil),
            (ArticleText(title: "Planlagt vedlikehold tirsdager", text: "Tjenestene kan være utilgjengelige tirsdager 06:00-07:00."),
             nil, [], [], ["vedlikehold"], .draft, own, nil),
        ]
        for (bokmal, english, serviceIndexes, codes, tags, status, source, reference) in articles {
            let id = try store.knowledge.insert(KnowledgeRepository.Fields(
                bokmal: bokmal, english: english, serviceIDs: serviceIndexes.map { services[$0] }, errorCodes: codes, tags: tags, status: status,
                source: source, providerReference: reference, clarifiedAt: reference == nil ? nil : now - 60 * Self.day),
                author: "demo", at: now - 90 * Self.day)
            for day in stride(from: 1, through: codes.count * 20, by: 4) {
                try store.knowledge.recordUse(id, incident: nil, at: now - Int64(day) * Self.day)
            }
        }
    }
}
