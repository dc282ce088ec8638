extension BokmalTexts {
    /// The providers pane: its columns, record, form, commands and refusals.
    static let providers: [String: String] = [
        "Providers": "Tilbydere",
        "providers pane": "tilbyderpanelet",
        "Key": "Nøkkel",
        "Open cases": "Åpne saker",
        "Notices": "Varsler",
        "Targets": "Mål",
        "Cases go to": "Saker til",
        "Contacts (:contact ROLE EMAIL NAME)": "Kontakter (:contact ROLLE EPOST NAVN)",
        "none recorded": "ingen registrert",
        "operations": "drift",
        "production": "produksjon",
        "test": "test",
        "Its own targets for a forwarded case (:target P ACK RESOLVE)": "Egne mål for en videresendt sak (:target P KVITTER LØS)",
        "acknowledges within {1}, resolves within {2}": "kvitterer innen {1}, løser innen {2}",
        "not agreed": "ikke avtalt",
        "Services (n registers one)": "Tjenester (n registrerer en)",
        "Cases open with it": "Åpne saker hos den",
        "Notices it published, newest first": "Varsler den har publisert, nyeste først",
        "register a service of a provider in a short form: provider, key, name, environments":
            "registrer en tjeneste hos en tilbyder i et kort skjema: tilbyder, nøkkel, navn, miljøer",
        "the provider's own target for a priority: to acknowledge and to resolve a forwarded case (P1 4h 2d)":
            "tilbyderens eget mål for en prioritet: å kvittere for og løse en videresendt sak (P1 4h 2d)",
        "set the provider's operations, technical or business contact": "sett tilbyderens drifts-, tekniske eller forretningskontakt",
        "Register a service": "Registrer en tjeneste",
        "Enter registers it; consumers then use it with :uses +KEY": "Enter registrerer den; konsumenter tar den i bruk med :uses +NØKKEL",
        "service not registered": "tjenesten ble ikke registrert",
        "Provider": "Tilbyder",
        "the provider's key": "tilbyderens nøkkel",
        "lower-case letters, digits and -": "små bokstaver, sifre og -",
        "Offered in": "Tilbys i",
        "production and/or test": "produksjon og/eller test",
        "optional, one line": "valgfritt, én linje",
        "{1}: the provider acknowledges within {2} and resolves within {3}": "{1}: tilbyderen kvitterer innen {2} og løser innen {3}",
        "service {1} registered; consumers can now use it (:uses +{1})": "tjenesten {1} er registrert; konsumenter kan nå ta den i bruk (:uses +{1})",
        "target P1 ACKNOWLEDGE RESOLVE (on a provider, e.g. :target P1 4h 2d)":
            "target P1 KVITTER LØS (på en tilbyder, f.eks. :target P1 4h 2d)",
        "no priority \"{1}\"; P1 to P5": "ingen prioritet «{1}»; P1 til P5",
        "expected durations such as 30m, 4h or 2d, got \"{1}\" and \"{2}\"": "ventet varigheter som 30m, 4h eller 2d, fikk «{1}» og «{2}»",
        "contact {1} EMAIL [NAME] (on a provider: replaces its contact of that role)":
            "contact {1} EPOST [NAVN] (på en tilbyder: erstatter kontakten med den rollen)",
        "no provider has the key \"{1}\"; known: {2}": "ingen tilbyder har nøkkelen «{1}»; kjente: {2}",
        "a service with the key \"{1}\" is registered already": "en tjeneste med nøkkelen «{1}» er allerede registrert",
        "{1} must be one line, and not empty": "{1} må være én linje, og ikke tom",
        "the provider cannot resolve a {1} case before it acknowledges it: give the time to resolve second, and no shorter":
            "tilbyderen kan ikke løse en {1}-sak før den kvitterer for den: oppgi tiden til løsning sist, og ikke kortere",
    ]
}
