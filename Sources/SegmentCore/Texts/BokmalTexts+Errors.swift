extension BokmalTexts {
    /// Why something was refused: an intake file's bad field, the store's
    /// rules, a file or a transport that failed.
    static let errors: [String: String] = [
        // A field of an intake file.
        "is required": "må fylles ut",
        "is required (at least one)": "må fylles ut (minst én)",
        "must not be empty": "kan ikke være tomt",
        "must be one line": "må være én linje",
        "is {1} characters long; at most {2}": "er {1} tegn langt; høyst {2}",
        "is longer than 1 MB": "er lengre enn 1 MB",
        "expected text, got {1}": "ventet tekst, fikk {1}",
        "expected true or false, got {1}": "ventet true eller false, fikk {1}",
        "expected a list, got {1}": "ventet en liste, fikk {1}",
        "expected a list of texts, got {1} in it": "ventet en liste med tekster, fikk {1} i den",
        "expected a list of {role, name, email, shared}": "ventet en liste med {role, name, email, shared}",
        "expected an object": "ventet et objekt",
        "expected an object with name and email": "ventet et objekt med name og email",
        "expected a whole number from {1} to {2}, got {3}": "ventet et heltall fra {1} til {2}, fikk {3}",
        "expected 1 (high), 2 or 3 (low), got {1}": "ventet 1 (høy), 2 eller 3 (lav), fikk {1}",
        "expected ISO 8601 with an offset, e.g. 2026-11-26T08:15:00+01:00, got \"{1}\"":
            "ventet ISO 8601 med tidssone, f.eks. 2026-11-26T08:15:00+01:00, fikk «{1}»",
        "expected a key of lower-case letters, digits and -, e.g. inntekt-api, got \"{1}\"":
            "ventet en nøkkel av små bokstaver, sifre og -, f.eks. inntekt-api, fikk «{1}»",
        "expected error, question or change_request, got \"{1}\"": "ventet error, question eller change_request, fikk «{1}»",
        "expected nb (bokmål) or en (English), got \"{1}\"": "ventet nb (bokmål) eller en (engelsk), fikk «{1}»",
        "expected one of {1} (or outage), got \"{2}\"": "ventet en av {1} (eller outage), fikk «{2}»",
        "expected one of {1}, got \"{2}\"": "ventet en av {1}, fikk «{2}»",
        "expected production or test, got \"{1}\"": "ventet production eller test, fikk «{1}»",
        "expected stages among {1}, got \"{2}\"": "ventet faser blant {1}, fikk «{2}»",
        "expected test and/or production, got \"{1}\"": "ventet test og/eller production, fikk «{1}»",
        "expected technical, business or vendor, got \"{1}\"": "ventet technical, business eller vendor, fikk «{1}»",
        "name at least one: test, production": "angi minst ett: test, production",
        "is before effective_at": "er før effective_at",
        "\"{1}\" is not a mail address": "«{1}» er ikke en e-postadresse",
        "\"{1}\" is not a mail domain": "«{1}» er ikke et e-postdomene",
        "\"{1}\" is not one mail address": "«{1}» er ikke én e-postadresse",
        "\"{1}\" is not one mail address (where the provider's cases go)": "«{1}» er ikke én e-postadresse (dit tilbyderens saker går)",
        "\"{1}\" is not one mail address for the technical contact": "«{1}» er ikke én e-postadresse for den tekniske kontakten",
        "\"{1}\" is not one mail address; nothing was queued": "«{1}» er ikke én e-postadresse; ingenting ble lagt i utboksen",
        "a contact needs a mail address": "en kontakt trenger en e-postadresse",
        "--encoding \"{1}\" is not one segdesk reads; expected {2}": "--encoding «{1}» er ikke en segdesk leser; ventet {2}",
        "{1} record is bad; nothing was imported (--skip-bad imports the good ones)":
            "{1} post er dårlig; ingenting ble importert (--skip-bad importerer de gode)",
        "{1} records are bad; nothing was imported (--skip-bad imports the good ones)":
            "{1} poster er dårlige; ingenting ble importert (--skip-bad importerer de gode)",
        // The store's rules.
        "{1} {2} does not exist": "{1} {2} finnes ikke",
        "{1} {2} was changed by {3} meanwhile; nothing was changed: look again and retry":
            "{1} {2} ble endret av {3} i mellomtiden; ingenting ble endret: se igjen og prøv på nytt",
        "someone else": "noen andre",
        "change notice": "endringsvarsel", "provider case": "sak hos tilbyder", "message": "melding",
        "{1} was written by a newer segdesk (schema {2}; this one understands up to {3}); upgrade segdesk to open it":
            "{1} ble skrevet av en nyere segdesk (skjema {2}; denne forstår opp til {3}); oppgrader segdesk for å åpne den",
        "\"{1}\" matches several consumers: {2}; type more of the name or the organisation number":
            "«{1}» passer til flere konsumenter: {2}; skriv mer av navnet eller organisasjonsnummeret",
        "a consumer needs a one-line name": "en konsument trenger et navn på én linje",
        "a declaration needs the consumer's reference to its assessment": "en erklæring trenger konsumentens referanse til vurderingen",
        "a demo needs at least 3 consumers": "en demo trenger minst 3 konsumenter",
        "a need is merged with :merge ID": "et behov slås sammen med :merge ID",
        "a need needs a one-line title": "et behov trenger en tittel på én linje",
        "a note needs text": "en merknad trenger tekst",
        "a notice needs a one-line title": "et varsel trenger en tittel på én linje",
        "a notice needs at least one service": "et varsel trenger minst én tjeneste",
        "a phone report needs a title": "en telefonmelding trenger en tittel",
        "a provider reference cannot be empty": "tilbyderens referanse kan ikke være tom",
        "a provider update needs text": "en oppdatering fra tilbyder trenger tekst",
        "a {1} incident keeps its status": "en feilmelding med status {1} beholder statusen",
        "assessed {1}": "vurdert {1}",
        "not assessed": "ikke vurdert",
        "case #{1} has no open report with an address to write to": "sak #{1} har ingen åpen melding med en adresse å skrive til",
        "case #{1} is already {2}": "sak #{1} har allerede status {2}",
        "case #{1} is {2}; its reporters were told": "sak #{1} har status {2}; melderne har fått beskjed",
        "consumer #{1} is not in notice #{2}'s audience": "konsument #{1} er ikke blant mottakerne av varsel #{2}",
        "incident #{1} has no consumer yet; :consumer ORGNO attaches it first": "feilmelding #{1} har ingen konsument ennå; :consumer ORGNR knytter den til først",
        "incident #{1} is not a change request; only a change request becomes a need":
            "feilmelding #{1} er ikke et endringsønske; bare et endringsønske blir et behov",
        "incident {1} has no reporter address and its consumer no technical contact":
            "feilmelding {1} har ingen melderadresse, og konsumenten har ingen teknisk kontakt",
        "incident {1} is {2}; only open incidents join a case": "feilmelding {1} har status {2}; bare åpne feilmeldinger går inn i en sak",
        "message {1} is {2}, not uncertain; only an uncertain message is settled by hand":
            "melding {1} har status {2}, ikke usikker; bare en usikker melding avgjøres for hånd",
        "moving {1} from {2} to {3} needs a note saying why: :stage {4} NOTE": "å flytte {1} fra {2} til {3} krever en merknad om hvorfor: :stage {4} MERKNAD",
        "need #{1} cannot be merged into itself": "behov #{1} kan ikke slås sammen med seg selv",
        "need #{1} is already merged": "behov #{1} er allerede slått sammen",
        "need #{1} is merged itself; merge into the need it joined": "behov #{1} er selv slått sammen; slå sammen med behovet det gikk inn i",
        "need #{1} is merged; back the need it joined": "behov #{1} er slått sammen; støtt behovet det gikk inn i",
        "need #{1} is merged; move the need it joined": "behov #{1} er slått sammen; flytt behovet det gikk inn i",
        "need #{1} is not merged": "behov #{1} er ikke slått sammen",
        "need #{1} is {2}; a proposal is for a need the legal basis does not cover (:legal not_covered NOTE)":
            "behov #{1} er {2}; et forslag gjelder et behov rettsgrunnlaget ikke dekker (:legal not_covered MERKNAD)",
        "no agreement version {1}; segdesk import agreements first": "ingen avtaleversjon {1}; kjør segdesk import agreements først",
        "no agreement version {1}; the versions are {2}": "ingen avtaleversjon {1}; versjonene er {2}",
        "no consumer has organisation number {1}": "ingen konsument har organisasjonsnummer {1}",
        "no consumer is called \"{1}\"": "ingen konsument heter «{1}»",
        "no incident selected": "ingen feilmelding valgt",
        "no incident to group": "ingen feilmelding å samle",
        "no provider is registered, so mail cannot be filed under one": "ingen tilbyder er registrert, så e-post kan ikke arkiveres under en",
        "no provider is registered; segdesk import services first": "ingen tilbyder er registrert; kjør segdesk import services først",
        "notice #{1} is published; its consumers were told what it is": "varsel #{1} er publisert; konsumentene har fått vite hva det er",
        "organisation number {1} is already registered": "organisasjonsnummer {1} er allerede registrert",
        "the consumer already uses {1}": "konsumenten bruker allerede {1}",
        "the consumer does not use {1}": "konsumenten bruker ikke {1}",
        "the incident is in no provider case": "feilmeldingen er ikke i noen sak hos tilbyder",
        "the incident is with the provider; change it through its case": "feilmeldingen er hos tilbyderen; endre den gjennom saken",
        "the services belong to different providers; write one notice per provider": "tjenestene hører til ulike tilbydere; skriv ett varsel per tilbyder",
        "{1} has already accepted version {2}": "{1} har allerede godtatt versjon {2}",
        "{1} has been sent notice #{2} already": "{1} har allerede fått varsel #{2}",
        "{1} is already in notice #{2}'s audience": "{1} er allerede blant mottakerne av varsel #{2}",
        "{1} is already {2}": "{1} har allerede status {2}",
        "{1} is not in notice #{2}'s audience": "{1} er ikke blant mottakerne av varsel #{2}",
        "{1} is offboarded and no longer hears from the segment": "{1} er frakoblet og hører ikke lenger fra segmentet",
        "{1} needs a resolution: {2}": "{1} krever en løsning: {2}",
        // Files, mail and transports.
        "the database is busy (another segdesk or an import is writing to it); try again.":
            "databasen er opptatt (en annen segdesk eller en import skriver i den); prøv igjen.",
        "cannot be created: {1}": "kan ikke opprettes: {1}",
        "cannot be read: {1}": "kan ikke leses: {1}",
        "is a directory, not a database file": "er en katalog, ikke en databasefil",
        "is not a regular file (a device, pipe or socket), not a database file": "er ikke en vanlig fil (en enhet, et rør eller en sokkel), ikke en databasefil",
        "is not a segdesk database (not an SQLite file)": "er ikke en segdesk-database (ikke en SQLite-fil)",
        "{1} already holds data; a demo needs an empty database": "{1} har allerede data; en demo trenger en tom database",
        "{1} does not exist; name the database with --db or $SEGDESK_DB (the dashboard, demo and the imports create one)":
            "{1} finnes ikke; angi databasen med --db eller $SEGDESK_DB (oversikten, demo og importene lager en)",
        "{1} exists; segdesk backup never overwrites a file, so name a new one": "{1} finnes; segdesk backup overskriver aldri en fil, så angi en ny",
        "{1} is read-only to you and was written by an older segdesk (schema {2}); someone who may write it must open it once to bring it up to date":
            "{1} er skrivebeskyttet for deg og ble skrevet av en eldre segdesk (skjema {2}); noen som kan skrive i den, må åpne den én gang for å oppdatere den",
        "{1} is read-only to you, and so is its directory: SQLite cannot make the -shm file it needs to read the file safely; read a copy, or ask for write access":
            "{1} er skrivebeskyttet for deg, og det er katalogen også: SQLite kan ikke lage -shm-filen den trenger for å lese filen trygt; les en kopi, eller be om skrivetilgang",
        "{1} is not a Maildir: it has no new/ directory": "{1} er ikke en Maildir: den har ingen new/-katalog",
        "new/{1} could not be moved to bad/: too many files of that name there": "new/{1} kunne ikke flyttes til bad/: for mange filer med det navnet der",
        "new/{1} could not be moved to bad/: {2}": "new/{1} kunne ikke flyttes til bad/: {2}",
        "new/{1} was taken in but could not be moved to cur/: {2}": "new/{1} ble tatt inn, men kunne ikke flyttes til cur/: {2}",
        "{1}: cannot be written: {2}": "{1}: kan ikke skrives: {2}",
        "{1}: the copy could not be put in place: {2}": "{1}: kopien kunne ikke settes på plass: {2}",
        "from address \"{1}\" is not one mail address, or a name and one address in <>":
            "avsenderadressen «{1}» er ikke én e-postadresse, eller et navn og én adresse i <>",
        "transport \"{1}\": expected sendmail, sendmail:PATH or maildir:DIR": "transport «{1}»: ventet sendmail, sendmail:STI eller maildir:DIR",
        "cannot write {1}: {2}": "kan ikke skrive {1}: {2}",
        "cannot move {1} into {2}/new: {3}": "kan ikke flytte {1} inn i {2}/new: {3}",
        "refused recipient \"{1}\"": "avviste mottaker «{1}»",
        "cannot run {1}: {2}": "kan ikke kjøre {1}: {2}",
        "{1} did not finish within {2}; stopped": "{1} ble ikke ferdig innen {2}; stoppet",
        "{1} exited with status {2}": "{1} avsluttet med status {2}",
        "{1} was ended by signal {2}": "{1} ble avsluttet av signal {2}",
        "{1} stopped reading before the end of the message": "{1} sluttet å lese før slutten av meldingen",
        // The configuration and the known answers.
        "expected `key = value`": "ventet `nøkkel = verdi`",
        "expected `CODE = answer`": "ventet `KODE = svar`",
        "unknown key \"{1}\" ignored; known keys: {2}": "ukjent nøkkel «{1}» ignorert; kjente nøkler: {2}",
        "language expects nb (bokmål) or en (English), got \"{1}\"; the environment's language is kept":
            "language venter nb (bokmål) eller en (engelsk), fikk «{1}»; språket fra miljøet beholdes",
        "transport.timeout expects a duration such as 90s or 2m, got \"{1}\"; the default 120s is kept":
            "transport.timeout venter en varighet som 90s eller 2m, fikk «{1}»; standarden 120s beholdes",
        "grouping.consumers expects a whole number from 2 to 1000, got \"{1}\"; the default 3 is kept":
            "grouping.consumers venter et heltall fra 2 til 1000, fikk «{1}»; standarden 3 beholdes",
        "grouping.window expects a duration such as 60m or 2h, got \"{1}\"; the default 60m is kept":
            "grouping.window venter en varighet som 60m eller 2h, fikk «{1}»; standarden 60m beholdes",
        "remind.days expects days before a deadline such as 14, 7, 2, got \"{1}\"; the default 14, 7, 2 is kept":
            "remind.days venter dager før en frist, som 14, 7, 2, fikk «{1}»; standarden 14, 7, 2 beholdes",
        "overview expects COLUMNSxROWS such as 160x45, got \"{1}\"; the default 160x45 is kept":
            "overview venter KOLONNERxRADER som 160x45, fikk «{1}»; standarden 160x45 beholdes",
        "needs.weights expects three weights for must have, important and nice to have, such as 3, 2, 1, got \"{1}\"; the default 3, 2, 1 is kept":
            "needs.weights venter tre vekter for må ha, viktig og fint å ha, som 3, 2, 1, fikk «{1}»; standarden 3, 2, 1 beholdes",
        "provider expects one mail address, got \"{1}\"": "provider venter én e-postadresse, fikk «{1}»",
        "{1}: expected checklist.STAGE with STAGE one of {2}": "{1}: ventet checklist.FASE med FASE en av {2}",
        "{1} expects a step: TEXT or TEXT | LINK": "{1} venter et punkt: TEKST eller TEKST | LENKE",
        "{1} expects two times, from and until, such as 2026-12-18T00:00:00+01:00 2027-01-04T00:00:00+01:00, got \"{2}\"":
            "{1} venter to tidspunkter, fra og til, som 2026-12-18T00:00:00+01:00 2027-01-04T00:00:00+01:00, fikk «{2}»",
        "{1} expects one mail address, got \"{2}\"": "{1} venter én e-postadresse, fikk «{2}»",
        "{1} expects a duration such as 30m, 4h or 3d, got \"{2}\"; the default is kept":
            "{1} venter en varighet som 30m, 4h eller 3d, fikk «{2}»; standarden beholdes",
        "organisation number \"{1}\" must be 9 digits": "organisasjonsnummer «{1}» må ha 9 sifre",
        "organisation number \"{1}\" fails the mod-11 check digit": "organisasjonsnummer «{1}» stemmer ikke med kontrollsifferet (mod 11)",
        "\"{1}\" must be 9 digits": "«{1}» må ha 9 sifre",
        "\"{1}\" fails the mod-11 check digit": "«{1}» stemmer ikke med kontrollsifferet (mod 11)",
        // Themes, the terminal and the configuration's warnings.
        "segdesk: warning: {1}": "segdesk: advarsel: {1}",
        "a theme name holds only letters, digits, - and _": "et temanavn har bare bokstaver, sifre, - og _",
        "no such theme; known themes: {1}": "ikke noe slikt tema; kjente temaer: {1}",
        "expected `role = foreground background [attributes]`": "ventet `rolle = forgrunn bakgrunn [attributter]`",
        "unknown role \"{1}\"; roles are {2}": "ukjent rolle «{1}»; rollene er {2}",
        "expected a foreground and a background colour": "ventet en forgrunnsfarge og en bakgrunnsfarge",
        "colours are default, a name (red, bright-blue) or 0-255; got \"{1} {2}\"": "farger er default, et navn (red, bright-blue) eller 0-255; fikk «{1} {2}»",
        "unknown attribute \"{1}\"; use bold, underline, reverse or dim": "ukjent attributt «{1}»; bruk bold, underline, reverse eller dim",
        "cannot use terminal type \"{1}\": set TERM to one your system knows, e.g. TERM=xterm-256color":
            "kan ikke bruke terminaltypen «{1}»: sett TERM til en systemet kjenner, f.eks. TERM=xterm-256color",
    ]
}
