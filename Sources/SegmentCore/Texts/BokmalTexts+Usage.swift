extension BokmalTexts {
    /// `--help` and the command table's summaries.
    static let usage: [String: String] = [
        "segdesk: the terminal desk of a data-sharing segment coordinator": "segdesk: arbeidsbordet i terminalen for en segmentansvarlig i datadeling",
        "A new segment starts from an empty file: import services, then consumers, then incidents (or let mail bring them); --demo shows one filled in.":
            "Et nytt segment starter fra en tom fil: importer tjenester, så konsumenter, så feilmeldinger (eller la e-posten hente dem); --demo viser et utfylt segment.",
        "usage:": "bruk:",
        "The database is --db, else $SEGDESK_DB, else $XDG_DATA_HOME/segdesk/segdesk.sqlite (~/.local/share/segdesk/segdesk.sqlite). Themes: default, light, high-contrast, mono; NO_COLOR set means no colour. The language is language in the configuration, else LANGUAGE, LC_ALL, LC_MESSAGES or LANG (nb, nn or no: bokmål; else English). Inside the dashboard, ? lists every key.":
            "Databasen er --db, ellers $SEGDESK_DB, ellers $XDG_DATA_HOME/segdesk/segdesk.sqlite (~/.local/share/segdesk/segdesk.sqlite). Fargetema: default, light, high-contrast, mono; NO_COLOR satt betyr ingen farger. Språket er language i konfigurasjonen, ellers LANGUAGE, LC_ALL, LC_MESSAGES eller LANG (nb, nn eller no: bokmål; ellers engelsk). I oversikten viser ? alle taster.",
        "the dashboard on a fresh demo database": "oversikten over en ny demodatabase",
        "write a deterministic demo database and exit": "skriv en demodatabase som blir lik hver gang, og avslutt",
        "the provider and its services: a new segment's first step": "tilbyderen og tjenestene: første steg for et nytt segment",
        "then the consumers with their contacts and services": "så konsumentene med kontaktpersoner og tjenester",
        "the segment's agreement versions / who accepted which": "segmentets avtaleversjoner / hvem som har godtatt hvilke",
        "import incidents from JSON Lines, or CSV when FILE ends in .csv; - reads standard input":
            "importer feilmeldinger fra JSON Lines, eller CSV når FILE slutter på .csv; - leser standard inn",
        "the provider's change and outage notices, as drafts to publish from the notices pane (:publish)":
            "tilbyderens endrings- og avviksvarsler, som utkast som publiseres fra panelet endringsvarsler (:publish)",
        "the segment's needs / which consumer backs which, how much": "segmentets behov / hvilken konsument som støtter hvilket, og hvor mye",
        "consumers' answers to published notices": "konsumentenes svar på publiserte varsler",
        "take the mail in DIR/new: reports become incidents, replies join theirs; handled mail moves to DIR/cur":
            "ta inn e-posten i DIR/new: meldinger blir feilmeldinger, svar føyes til sine; behandlet e-post flyttes til DIR/cur",
        "write every record of a kind to standard output, national identity numbers masked unless kept; KIND: incidents, consumers, cases, notices, acks, needs, backings, journal, services, agreements, acceptances, messages, articles (--consumer, --since: one consumer's, from a day on)":
            "skriv alle poster av ett slag til standard ut, fødselsnumre skjult om de ikke beholdes; KIND: incidents, consumers, cases, notices, acks, needs, backings, journal, services, agreements, acceptances, messages, articles (--consumer, --since: én konsuments, fra en dag av)",
        "a proposal to the ministry for a need not covered, national identity numbers masked unless kept":
            "et forslag til departementet for et behov som ikke er dekket, fødselsnumre skjult med mindre de beholdes",
        "the provider's digest: open cases, top needs, breaking changes not ready, each service's week; --send queues it; national identity numbers masked unless kept":
            "tilbyderens sammendrag: åpne saker, viktigste behov, brytende endringer som ikke er klare, uken for hver tjeneste; --send legger det i utboksen; fødselsnumre skjult med mindre de beholdes",
        "the last N days with plots: reports per day per service, top consumers, time to the provider, SLA met":
            "de siste N dagene med plott: meldinger per dag per tjeneste, flest meldinger, tid til tilbyder, SLA nådd",
        "verify integrity, foreign keys and the journal's seals, and the journal up to every head segdesk seal wrote down":
            "kontroller integritet, fremmednøkler og journalens segl, og journalen fram til hvert hode segdesk seal skrev ned",
        "bring a database written by an older segdesk up to date (the commands that only read never change it)":
            "oppdater en database skrevet av en eldre segdesk (kommandoene som bare leser, endrer den aldri)",
        "send failed messages at the next deliver instead of after their wait": "send feilede meldinger ved neste deliver i stedet for etter ventetiden",
        "for cron: write the journal's newest entry and seal to seal.file (or FILE) and mail them to seal.mail":
            "for cron: skriv journalens nyeste post og segl til seal.file (eller FILE) og send dem til seal.mail",
        "for cron: reminders to consumers that have not accepted the newest agreement or answered a published notice before its deadline, never twice for one point":
            "for cron: påminnelser til konsumenter som ikke har godtatt den nyeste avtalen eller svart på et publisert varsel før fristen, aldri to ganger for samme punkt",
        "an online copy of the database while others work": "en kopi av databasen mens andre arbeider i den",
        "the queued, sent and failed messages": "meldingene som venter, er sendt eller feilet",
        "settle an uncertain message: it left / send it again": "avgjør en usikker melding: den gikk / send den på nytt",
        "send what is due: T is sendmail, sendmail:PATH or maildir:DIR (default from the configuration)":
            "send det som skal sendes: T er sendmail, sendmail:PATH eller maildir:DIR (standard fra konfigurasjonen)",
        "this text, a command's, the version, the manual page, the bash completion script":
            "denne teksten, en kommandos, versjonen, manualsiden, skriptet for fullføring i bash",
    ]
}
