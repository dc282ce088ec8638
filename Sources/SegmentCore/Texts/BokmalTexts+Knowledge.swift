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
        "article #{1}": "artikkel #{1}",
        "no article is proposed for incident #{1}; :answer N names one (the knowledge pane, 7, lists them)":
            "ingen artikkel er foreslått for feilmelding #{1}; :answer N nevner en (kunnskapspanelet, 7, viser dem)",
        "the coordinator's own": "koordinatorens egen",
        "Uses": "Bruk",
        "Written": "Skrevet",
        "there is no field \"{1}\"; the fields: {2}": "det finnes ikke noe felt \"{1}\"; feltene: {2}",
        "Codes": "Koder",
        "draft, published or retired": "draft, published eller retired",
        "English": "Engelsk",
        "keys, space-separated": "nøkler, skilt med mellomrom",
        "Tags": "Stikkord",
        "such as TD-005, comma-separated": "som TD-005, skilt med komma",
        "article not written": "artikkelen ble ikke skrevet",
        "Used": "Brukt",
        "answer [N] (on an incident; N an article's number)": "answer [N] (på en feilmelding; N en artikkels nummer)",
        "space-separated": "skilt med mellomrom",
        "{1} · most used first": "{1} · mest brukt først",
        "Title (nb)": "Tittel nb",
        "Bokmål": "Bokmål",
        "Title (en)": "Tittel en",
        "article #{1}: {2} changed (the journal keeps the one before)": "artikkel #{1}: {2} endret (journalen tar vare på det forrige)",
        "Answer incident #{1} with article #{2}, sent to {3} and resolved as answered? One message; {4}.":
            "Svare på feilmelding #{1} med artikkel #{2}, sendt til {3} og løst som besvart? Én melding; {4}.",
        "{1} by {2}, changed {3}": "{1} av {2}, endret {3}",
        "Articles that may answer it (:answer N sends one, :answer the first)":
            "Artikler som kan svare på den (:answer N sender en, :answer den første)",
        "any": "alle",
        "none in this language": "ingen på dette språket",
        "reply queued: incident #{1} answered with article #{2}": "svar lagt i utboksen: feilmelding #{1} besvart med artikkel #{2}",
        "article #{1} written": "artikkel #{1} skrevet",
        "Article #{1}: {2}": "Artikkel #{1}: {2}",
        "| starts a new paragraph": "| begynner et nytt avsnitt",
        "Write an article": "Skriv en artikkel",
        "the article cannot be so: {1}; nothing was changed": "artikkelen kan ikke være slik: {1}; ingenting ble endret",
        "clarified with the provider ({1}, {2})": "avklart med tilbyder ({1}, {2})",
        "Source": "Kilde",
        "Error codes": "Feilkoder",
        "{1} in the last 90 days, {2} in all": "{1} de siste 90 dagene, {2} i alt",
        "article #{1} has that {2} already; nothing was changed": "artikkel #{1} har den {2} allerede; ingenting ble endret",
        "Enter saves it; a title needs its text, in bokmål, English or both": "Enter lagrer; en tittel trenger sin tekst, på bokmål, engelsk eller begge",
        "the provider's reference": "tilbyderens referanse",
        "Lang": "Språk",
        "Text (en)": "Tekst en",
        "Text (nb)": "Tekst nb",
        "own, or provider with a reference": "own, eller provider med referanse",
        "edit FIELD VALUE (on an article; no value clears the field)": "edit FELT VERDI (på en artikkel; uten verdi tømmes feltet)",
        "knowledge pane": "kunnskapspanelet",
        "Knowledge": "Kunnskap",
        "write an article in a form: title and text in bokmål and English, services, codes, tags":
            "skriv en artikkel i et skjema: tittel og tekst på bokmål og engelsk, tjenester, koder, stikkord",
        "reply with article N of the knowledge base (alone: as r) in the reporter's language, and resolve as answered (asks first)":
            "svar med artikkel N fra kunnskapsbasen (alene: som r) på melderens språk, og løs som besvart (spør først)",
        "change an article: title_nb, text_nb, title_en, text_en, services, error_codes, tags, status, source, provider_reference, clarified_at (the journal keeps the one before)":
            "endre en artikkel: title_nb, text_nb, title_en, text_en, services, error_codes, tags, status, source, provider_reference, clarified_at (journalen tar vare på det forrige)",
        "reply to the reporter: in a record, the first article proposed, else the known answer for its code, else :reply TEXT":
            "svar melderen: i en post den første foreslåtte artikkelen, ellers det kjente svaret for koden, ellers :reply TEKST",
        "Service: {1}": "Tjeneste: {1}",
        "For every service": "For alle tjenester",
        "Tag: {1}": "Stikkord: {1}",
        "What the segment has clarified": "Det segmentet har avklart",
        "Error codes: {1}": "Feilkoder: {1}",
        "Services: {1}": "Tjenester: {1}",
        "Clarified with the provider ({1})": "Avklart med tilbyder ({1})",
        "All articles": "Alle artikler",
        "the knowledge base's articles with their id and uses; html or markdown writes the published ones to DIR as a small site: an index by service and tag, a page each":
            "kunnskapsbasens artikler med nummer og bruk; html eller markdown skriver de publiserte til DIR som et lite nettsted: en oversikt etter tjeneste og stikkord, en side hver",
        "segdesk export articles: --format expects jsonl, csv, html or markdown, got \"{1}\"":
            "segdesk export articles: --format forventer jsonl, csv, html eller markdown, fikk \"{1}\"",
        "segdesk export articles: --language expects nb or en, got \"{1}\"": "segdesk export articles: --language forventer nb eller en, fikk \"{1}\"",
        "segdesk export articles: --format {1} writes a site: name its folder, DIR": "segdesk export articles: --format {1} skriver et nettsted: oppgi mappen, DIR",
        "segdesk export articles: DIR is for --format html or markdown; records go to standard output":
            "segdesk export articles: DIR er for --format html eller markdown; poster går til standard ut",
        "export: {1} article written to {2}, with its index": "export: {1} artikkel skrevet til {2}, med oversikten",
        "export: {1} articles written to {2}, with their index": "export: {1} artikler skrevet til {2}, med oversikten",
        "article #{1} is {2}; only a published article goes to the segment (:edit status published)":
            "artikkel #{1} er {2}; bare en publisert artikkel går ut til segmentet (:edit status published)",
        "send the article to the consumers of its services as an information notice (a draft notice, then its box)":
            "send artikkelen til konsumentene av tjenestene som et informasjonsvarsel (et varselutkast, så boksen)",
        "publish (on an article)": "publish (på en artikkel)",
        "Questions by service and code (answered from an article)": "Spørsmål etter tjeneste og kode (besvart fra en artikkel)",
        "{1} asked, {2} from an article": "{1} spurt, {2} fra en artikkel",
        "The codes reported most that no article is about": "Kodene som meldes mest og som ingen artikkel handler om",
        "On behalf of the data-sharing segment we ask your experts to clarify:": "På vegne av datadelingssegmentet ber vi fagfolkene deres avklare:",
        "The consumer's question ({1}, {2}):": "Konsumentens spørsmål ({1}, {2}):",
        "Please answer by replying to this message, with your reference.": "Svar gjerne ved å svare på denne meldingen, med deres referanse.",
        "Question: {1}": "Spørsmål: {1}",
        "a question for the provider needs its text: :ask-provider TEXT": "et spørsmål til tilbyder trenger tekst: :ask-provider TEKST",
        "case #{1} is a fault, not a question; :article drafts an article from a question asked with :ask-provider":
            "sak #{1} er en feil, ikke et spørsmål; :article lager et artikkelutkast av et spørsmål stilt med :ask-provider",
        "case #{1} has no answer from the provider yet; its reply by mail, or :update TEXT, comes first":
            "sak #{1} har ikke svar fra tilbyder ennå; svaret på e-post, eller :update TEKST, kommer først",
        "question queued to the provider: incident #{1} is in case #{2}, a question": "spørsmål lagt i utboksen til tilbyder: feilmelding #{1} er i sak #{2}, et spørsmål",
        "Ask the provider ({1}) to clarify incident #{2}, as a question case? One message; {3}.":
            "Be tilbyder ({1}) avklare feilmelding #{2}, som en spørsmålssak? Én melding; {3}.",
        "ask-provider TEXT (on an incident)": "ask-provider TEKST (på en feilmelding)",
        "article (on a question case)": "article (på en spørsmålssak)",
        "ask the provider's experts to clarify a question: a question case in its own thread, the provider's clock on it (asks first)":
            "be tilbyderens fagfolk avklare et spørsmål: en spørsmålssak i egen tråd, med tilbyderens klokke (spør først)",
        "on a question asked with :ask-provider: draft an article from it and the provider's reply, with the provider's reference":
            "på et spørsmål stilt med :ask-provider: lag et artikkelutkast av det og tilbyderens svar, med tilbyderens referanse",
    ]
}
