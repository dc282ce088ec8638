extension BokmalTexts {
    /// What each key does, as `?` and the footer say it.
    static let keys: [String: String] = [
        "next pane": "neste panel",
        "previous pane": "forrige panel",
        "incidents pane": "panelet feilmeldinger",
        "provider cases pane": "panelet saker hos tilbyder",
        "change notices pane": "panelet endringsvarsler",
        "needs pane": "panelet behov",
        "consumers pane": "panelet konsumenter",
        "move down": "ned",
        "move up": "opp",
        "page down": "side ned",
        "page up": "side opp",
        "go to the first row": "til første rad",
        "go to the last row": "til siste rad",
        "open the selected record": "åpne valgt post",
        "close this view": "lukk denne visningen",
        "quit segdesk": "avslutt segdesk",
        "filter the pane as you type (Esc clears, Enter keeps)": "filtrer panelet mens du skriver (Esc fjerner, Enter beholder)",
        "clear the filter": "fjern filteret",
        "command line, e.g. :theme mono, :assign me": "kommandolinje, f.eks. :theme mono, :assign me",
        "help: every key of this view": "hjelp: alle taster i denne visningen",
        "mark or unmark the incident": "merk feilmeldingen, eller fjern merket",
        "assign the incident(s) to me": "tildel feilmeldingen(e) til meg",
        "raise priority (impact one step higher)": "høyere prioritet (konsekvens ett trinn opp)",
        "lower priority (impact one step lower)": "lavere prioritet (konsekvens ett trinn ned)",
        "status: new → triaged → waiting on consumer": "status: ny → vurdert → venter på konsument",
        "group the fault the banner proposes (in pane 1: the marked incidents) into one provider case":
            "samle feilen linjen nederst foreslår (i panel 1: de merkede feilmeldingene) i én sak hos tilbyder",
        "forward the provider case to the provider (shows the message first)":
            "send saken over til tilbyderen (viser meldingen først)",
        "reply to the reporter: the known answer for its code, else :reply TEXT":
            "svar melderen: det kjente svaret for feilkoden, ellers :reply TEXT",
        "new incident taken by phone: a short form (or :new ORGNO SERVICE TITLE)":
            "ny feilmelding tatt på telefon: et kort skjema (eller :new ORGNO SERVICE TITLE)",
        "register a consumer in a short form: organisation number (checked as typed), name, services, contact":
            "registrer en konsument i et kort skjema: organisasjonsnummer (kontrolleres mens du skriver), navn, tjenester, kontakt",
        "the provider's digest of the last 7 days: open cases, top needs, changes not ready":
            "tilbyderens sammendrag av de siste 7 dagene: åpne saker, viktigste behov, endringer som ikke er klare",
        "statistics of the last 30 days: reports per day per service, top consumers, time to the provider, SLA":
            "statistikk for de siste 30 dagene: meldinger per dag per tjeneste, flest meldinger, tid til tilbyder, SLA",
        "write a notice in a short form: a draft to publish with :publish":
            "skriv et varsel i et kort skjema: et utkast som publiseres med :publish",
        "record a need in a short form, backed by the consumer that raised it":
            "registrer et behov i et kort skjema, støttet av konsumenten som meldte det",
        "the outbox: messages that failed, wait or were sent last": "utboksen: meldinger som feilet, venter eller ble sendt sist",
        "the messages of this record: a consumer's both ways, or those sent about an incident or case; Enter shows one whole":
            "meldingene til denne posten: en konsuments begge veier, eller dem sendt om en feilmelding eller sak; Enter viser én i sin helhet",
        "in a list of messages: show the selected one whole": "i en liste over meldinger: vis den valgte i sin helhet",
        "undo your last change": "angre din siste endring",
        "yes: do what the box says": "ja: gjør det boksen sier",
        "cancel (the default)": "avbryt (standard)",
        "keep the national identity numbers the box masked: show the message with them, and ask again":
            "behold fødselsnumrene boksen skjulte: vis meldingen med dem, og spør igjen",
        "redraw the screen": "tegn skjermen på nytt",
    ]
}
