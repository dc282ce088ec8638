/// The made-up words the demo builds its segment from. Every organisation and
/// person here is fictitious.
enum DemoVocabulary {
    static let places = [
        "Fjordvik", "Blåbærdalen", "Østhavn", "Skarvøy", "Ærlandet", "Nordmyra", "Solbakken", "Havbrynet",
        "Kvitstrand", "Grønlia", "Bjørkeli", "Lysåsen", "Måkeskjær", "Steinrøysa", "Tindevik", "Vårstrand",
        "Elvebakken", "Furuly", "Sjøgløtt", "Høyfjell", "Trollåsen", "Rypedal", "Storøya", "Sølvberg",
        "Lakseelva", "Nordlys", "Midtbygda", "Vestrå", "Kløverhagen", "Fiskevær", "Isbrekka", "Dalsøyra",
    ]
    static let bankPatterns = [
        "Sparebanken %@", "%@ Sparebank", "%@ Kreditt AS", "Banken i %@", "%@ Finans ASA", "%@ Låneservice AS",
        "%@ Bank ASA", "Kredittkassen %@",
    ]
    static let vendors = ["Datasentralen Fjordvik AS", "Nordlys IT-drift AS", "Kjernebank Tjenester AS", "Østhavn Integrasjon AS"]
    static let firstNames = ["Kari", "Ola", "Ingrid", "Håkon", "Siri", "Øystein", "Åse", "Bjørn", "Marit", "Jørgen",
                             "Tuva", "Sindre", "Ragnhild", "Even", "Solveig", "Magnus"]
    static let lastNames = ["Nordmann", "Bakkeli", "Strømsø", "Fjellheim", "Løvås", "Haugen", "Sæther", "Ødegård",
                            "Vik", "Åsheim", "Brekke", "Dahl"]

    /// The provider's error codes, by family, with a title a bank would write.
    static let faults: [(service: Int, code: String, title: String)] = [
        (0, "HTTP 503", "Inntekt API svarer 503 Service Unavailable"),
        (0, "HTTP 504", "Tidsavbrudd mot Inntekt API (504)"),
        (0, "HTTP 500", "Intern feil fra Inntekt API"),
        (0, "IM-012", "IM-012: inntektsmottaker finnes ikke for perioden"),
        (1, "SSG-104", "SSG-104: skattegrunnlag mangler for inntektsår"),
        (1, "SSG-210", "SSG-210: ugyldig inntektsår i forespørsel"),
        (1, "HTTP 502", "Summert skattegrunnlag gir 502 Bad Gateway"),
        (2, "TD-001", "TD-001: tilgjengelige data kan ikke hentes"),
        (2, "TD-005", "TD-005: ingen data for personen (HTTP 404)"),
        (2, "TD-009", "TD-009: samtykke ikke gyldig"),
        (3, "DAS-003", "DAS-003: token avvist av Maskinporten-integrasjon"),
        (3, "DAS-007", "DAS-007: for mange forespørsler"),
        (3, "HTTP 401", "401 Unauthorized etter sertifikatbytte"),
        (4, "HTTP 429", "Rate limit (429) mot folkeregister-oppslag"),
        (4, "DAS-011", "DAS-011: ukjent feltnavn i respons"),
    ]

    static let questions = [
        "Spørsmål om nytt felt i inntektsmottaker-respons",
        "Hvordan tolke tom lønnsdata for søker?",
        "Når kommer ny versjon av API-dokumentasjonen?",
        "Trenger vi nytt samtykke ved refinansiering?",
        "Hvilke scopes trengs i testmiljøet?",
    ]

    static let changeRequests = [
        "Ønsker historikk for mer enn tre år",
        "Ønsker feltet arbeidsgiver-orgnr i responsen",
        "Ønsker webhook ved endret skattegrunnlag",
    ]

    static let needs = [
        "Inntekt for selvstendig næringsdrivende", "Fem års skattehistorikk", "Sanntidsvarsel ved endret inntekt",
        "Arbeidsgivers organisasjonsnummer i inntektsdata", "Felles testdata for alle banker", "Utvidet samtykkeperiode",
        "Gjeldsopplysninger i samme kall", "Bedre feilkoder ved manglende data", "Batch-oppslag for refinansiering",
        "Maskinlesbar endringslogg", "Inntekt fra utlandet", "Formue og gjeld per inntektsår",
        "Bostedsadresse fra folkeregisteret", "Pensjonsinntekter spesifisert", "Raskere svartid i høysesong",
        "Stabilt testmiljø med SLA", "Webhook for driftsavvik", "Dokumentasjon på engelsk",
        "Feltet sivilstand i respons", "Ytelser fra NAV spesifisert", "Oppslag på foretak (ENK)",
        "Lengre levetid på tokens", "Samlet API for lånesøknad", "Varsling per tjeneste og miljø",
        "Kodeliste for inntektstyper", "Støtte for medsøker i samme samtykke", "Historiske skattemeldinger",
        "Revisjonsspor for oppslag", "Avklaring av hjemmel for utvidet bruk", "Forslag til forskriftsendring om formål",
    ]
}
