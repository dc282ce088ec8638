extension BokmalTexts {
    /// The knowledge base: its articles, their import and their pane.
    static let knowledge: [String: String] = [
        "expected draft, published or retired, got \"{1}\"": "forventet draft, published eller retired, fikk \"{1}\"",
        "the text needs a title in the same language": "teksten trenger en tittel på samme språk",
        "the title needs a text in the same language": "tittelen trenger en tekst på samme språk",
        "an article needs a title and a text in bokmål (title_nb, text_nb) or English (title_en, text_en)":
            "en artikkel trenger en tittel og en tekst på bokmål (title_nb, text_nb) eller engelsk (title_en, text_en)",
        "expected provider (clarified with the provider) or own, got \"{1}\"": "forventet provider (avklart med tilbyder) eller own, fikk \"{1}\"",
        "words": "ord",
        "service": "tjeneste",
        "expected error codes such as TD-005 or HTTP 503, got \"{1}\"": "forventet feilkoder som TD-005 eller HTTP 503, fikk \"{1}\"",
        "is longer than 64 KB": "er lengre enn 64 KB",
        "\"{1}\" is not a link an article may hold: only http, https and mailto": "\"{1}\" er ikke en lenke en artikkel kan ha: bare http, https og mailto",
        "expected a day YYYY-MM-DD or a time such as 2026-10-01T12:00:00+02:00, got \"{1}\"":
            "forventet en dag ÅÅÅÅ-MM-DD eller et tidspunkt som 2026-10-01T12:00:00+02:00, fikk \"{1}\"",
        "an article clarified with the provider names the provider's reference": "en artikkel avklart med tilbyder oppgir tilbyderens referanse",
        "import: {1} known answer became an article": "import: {1} kjent svar ble en artikkel",
        "import: {1} known answers became articles": "import: {1} kjente svar ble artikler",
        "{1} article imported": "{1} artikkel importert",
        "{1} articles imported": "{1} artikler importert",
        "the knowledge base's articles, in bokmål and English, and the known answers as articles once":
            "kunnskapsbasens artikler, på bokmål og engelsk, og de kjente svarene som artikler én gang",
    ]
}
